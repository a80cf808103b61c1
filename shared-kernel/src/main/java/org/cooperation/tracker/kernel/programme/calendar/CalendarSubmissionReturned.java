package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat returned a submitted event to its country.
 *
 * @param submissionId the submission
 * @param initiativeId the cultural-calendar initiative
 * @param country the submission's country
 * @param reason what is to be corrected
 */
@Revision("1")
public record CalendarSubmissionReturned(CalendarSubmissionId submissionId, InitiativeId initiativeId, Country country,
		String reason) {

}
