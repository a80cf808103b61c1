package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country submitted a cultural event for an edition of the calendar; it now awaits the
 * secretariat's decision.
 *
 * @param submissionId the submission
 * @param initiativeId the cultural-calendar initiative
 * @param country the submitting country
 * @param editionYear the edition
 * @param event the event
 */
@Revision("1")
public record CalendarEventSubmitted(CalendarSubmissionId submissionId, InitiativeId initiativeId, Country country,
		EditionYear editionYear, CulturalEvent event) {

}
