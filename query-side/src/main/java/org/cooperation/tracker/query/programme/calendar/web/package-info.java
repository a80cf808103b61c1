/** The cultural calendar's REST API, pages and iCalendar feed. */
package org.cooperation.tracker.query.programme.calendar.web;
