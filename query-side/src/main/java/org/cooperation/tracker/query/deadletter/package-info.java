/**
 * Events a projection failed on: retried with back-off, then parked for an admin to
 * inspect and retry.
 */
package org.cooperation.tracker.query.deadletter;
