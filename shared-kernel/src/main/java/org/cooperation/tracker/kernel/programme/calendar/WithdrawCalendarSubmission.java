package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The country that submitted an event takes it back, whatever the submission's state but
 * WITHDRAWN: an included event that is cancelled leaves the calendar this way.
 *
 * @param submissionId the submission
 * @param initiativeId the calendar initiative it is expected to belong to
 * @param country the country acting, which must be the submission's own
 * @param reason why, or null
 */
public record WithdrawCalendarSubmission(@TargetAggregateIdentifier CalendarSubmissionId submissionId,
		InitiativeId initiativeId, Country country, String reason) {

	public WithdrawCalendarSubmission {
		Checks.requiredFields("submissionId", submissionId, "initiativeId", initiativeId, "country", country);
		reason = Checks.optionalText(reason, "reason");
	}

}
