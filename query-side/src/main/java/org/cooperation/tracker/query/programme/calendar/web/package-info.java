/** The cultural calendar's REST API, pages, iCalendar feed and CSV download. */
package org.cooperation.tracker.query.programme.calendar.web;
