package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country corrected a returned submission and submitted it again; it awaits a new
 * decision.
 *
 * @param submissionId the submission
 * @param initiativeId the cultural-calendar initiative
 * @param country the submission's country
 * @param event the corrected event, replacing the earlier one
 */
@Revision("1")
public record CalendarEventResubmitted(CalendarSubmissionId submissionId, InitiativeId initiativeId, Country country,
		CulturalEvent event) {

}
