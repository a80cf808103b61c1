/**
 * The "calendar" read model: each calendar submission as it stands and its changes,
 * projected by {@link CalendarProjection}, and the calendar's figures for the status
 * matrix.
 */
package org.cooperation.tracker.query.programme.calendar.model;
