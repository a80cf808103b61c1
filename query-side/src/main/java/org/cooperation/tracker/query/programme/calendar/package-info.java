/**
 * Reads the cultural calendar: an edition's events across countries with filters, one
 * submission with its changes, and what the published feed holds.
 */
package org.cooperation.tracker.query.programme.calendar;
