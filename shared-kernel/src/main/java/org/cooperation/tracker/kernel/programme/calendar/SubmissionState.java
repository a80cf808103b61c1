package org.cooperation.tracker.kernel.programme.calendar;

/**
 * Where a calendar submission stands. {@code SUBMITTED → INCLUDED} or
 * {@code SUBMITTED → RETURNED} (with a reason) by the secretariat;
 * {@code RETURNED → SUBMITTED} when its country corrects and resubmits it; any state but
 * WITHDRAWN {@code → WITHDRAWN} by its own country. Only INCLUDED submissions are
 * published in the calendar's feed.
 */
public enum SubmissionState {

	/** Submitted by its country, awaiting the secretariat's decision. */
	SUBMITTED,

	/** Part of the published calendar. */
	INCLUDED,

	/** Sent back to its country with a reason; it may be corrected and resubmitted. */
	RETURNED,

	/** Taken back by its country; final. */
	WITHDRAWN

}
