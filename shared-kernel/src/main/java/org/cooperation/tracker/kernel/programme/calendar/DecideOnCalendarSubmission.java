package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat includes a submitted event in the calendar, or returns it to its
 * country with a reason.
 *
 * @param submissionId the submission
 * @param initiativeId the calendar initiative it is expected to belong to
 * @param decision {@link SubmissionState#INCLUDED} or {@link SubmissionState#RETURNED}
 * @param reason why it is returned (required then), or a note on the inclusion
 */
public record DecideOnCalendarSubmission(@TargetAggregateIdentifier CalendarSubmissionId submissionId,
		InitiativeId initiativeId, SubmissionState decision, String reason) {

	public DecideOnCalendarSubmission {
		Checks.requiredFields("submissionId", submissionId, "initiativeId", initiativeId, "decision", decision);
		if (decision != SubmissionState.INCLUDED && decision != SubmissionState.RETURNED) {
			throw new InvalidValueException("a decision on a submission is INCLUDED or RETURNED, not " + decision);
		}
		reason = (decision == SubmissionState.RETURNED)
				? Checks.requiredText(reason, "reason for returning the submission")
				: Checks.optionalText(reason, "note");
	}

}
