/**
 * The reliability suite: both applications as real processes on a real PostgreSQL that
 * the suite owns, concurrent liaisons writing with idempotency keys, and faults injected
 * while they write (kill -9 of either application, a database restart). It prints one row
 * of figures per fault and fails if anything acknowledged was lost or duplicated.
 */
package org.cooperation.tracker.query.e2e.reliability;
