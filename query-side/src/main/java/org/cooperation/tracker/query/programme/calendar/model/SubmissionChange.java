package org.cooperation.tracker.query.programme.calendar.model;

/** What one change of a calendar submission was. */
public enum SubmissionChange {

	SUBMITTED, INCLUDED, RETURNED, RESUBMITTED, WITHDRAWN

}
