/**
 * {@code ./tracker.sh bench}: both applications as real processes on a durable
 * PostgreSQL, a realistic history, and one table of figures (issue 13, P1 to P6).
 */
package org.cooperation.tracker.benchmark;
