package org.cooperation.tracker.kernel.programme.calendar;

/**
 * Where a calendar entry stands. {@code SUBMITTED → INCLUDED} or
 * {@code SUBMITTED → RETURNED} (with a reason) by the secretariat;
 * {@code RETURNED → SUBMITTED} when the country corrects and resubmits it; any state but
 * WITHDRAWN {@code → WITHDRAWN} by the country that submitted it. Only INCLUDED entries
 * are published in the calendar and its feed.
 */
public enum CalendarEntryState {

	/** Submitted by its country, awaiting the secretariat's decision. */
	SUBMITTED,

	/** Part of the published calendar. */
	INCLUDED,

	/** Sent back to its country with a reason; it may be corrected and resubmitted. */
	RETURNED,

	/** Taken back by its country; final. */
	WITHDRAWN

}
