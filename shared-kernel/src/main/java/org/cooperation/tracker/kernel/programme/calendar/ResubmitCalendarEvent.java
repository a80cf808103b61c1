package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The country whose submission was returned corrects the event and submits it again, for
 * the same edition.
 *
 * @param submissionId the submission
 * @param initiativeId the calendar initiative it is expected to belong to
 * @param country the country acting, which must be the submission's own
 * @param event the corrected event, replacing the returned one
 */
public record ResubmitCalendarEvent(@TargetAggregateIdentifier CalendarSubmissionId submissionId,
		InitiativeId initiativeId, Country country, CulturalEvent event) {

	public ResubmitCalendarEvent {
		Checks.requiredFields("submissionId", submissionId, "initiativeId", initiativeId, "country", country, "event",
				event);
	}

}
