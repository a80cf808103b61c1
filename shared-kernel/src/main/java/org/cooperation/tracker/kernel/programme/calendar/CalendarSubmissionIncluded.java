package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat included a submitted event in the calendar.
 *
 * @param submissionId the submission
 * @param initiativeId the cultural-calendar initiative
 * @param country the submission's country
 * @param note a note on the inclusion, or null
 */
@Revision("1")
public record CalendarSubmissionIncluded(CalendarSubmissionId submissionId, InitiativeId initiativeId, Country country,
		String note) {

}
