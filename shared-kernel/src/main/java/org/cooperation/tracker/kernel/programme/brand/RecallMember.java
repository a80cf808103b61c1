package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * A member's country recalls them without naming a successor; the seat is free again.
 *
 * @param workingGroupId the group
 * @param memberId the member who leaves
 * @param recalledOn the day of the recall
 * @param note why, or null
 */
public record RecallMember(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MemberId memberId,
		LocalDate recalledOn, String note) {

	public RecallMember {
		Checks.requiredFields("workingGroupId", workingGroupId, "memberId", memberId, "recalledOn", recalledOn);
		note = Checks.optionalText(note, "note");
	}

}
