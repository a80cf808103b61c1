package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country withdrew its submission; if it was included, it has left the calendar.
 *
 * @param submissionId the submission
 * @param initiativeId the cultural-calendar initiative
 * @param country the submission's country
 * @param from the state it was withdrawn from
 * @param reason why, or null
 */
@Revision("1")
public record CalendarSubmissionWithdrawn(CalendarSubmissionId submissionId, InitiativeId initiativeId, Country country,
		SubmissionState from, String reason) {

}
