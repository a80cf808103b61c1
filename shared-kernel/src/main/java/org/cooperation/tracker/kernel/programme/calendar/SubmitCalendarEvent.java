package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A participating country submits one of its cultural events for an edition of the
 * calendar.
 *
 * @param submissionId the new submission's id
 * @param initiativeId the cultural-calendar initiative
 * @param country the submitting country
 * @param editionYear the edition the event is for; the event takes place in that year,
 * wholly or in part
 * @param event the event
 */
public record SubmitCalendarEvent(@TargetAggregateIdentifier CalendarSubmissionId submissionId,
		InitiativeId initiativeId, Country country, EditionYear editionYear, CulturalEvent event) {

	public SubmitCalendarEvent {
		Checks.requiredFields("submissionId", submissionId, "initiativeId", initiativeId, "country", country,
				"editionYear", editionYear, "event", event);
		editionYear.requireOverlap(event);
	}

}
