package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * A member's country puts another person in their seat: the member leaves the group, the
 * new one joins for the same country.
 *
 * @param workingGroupId the group
 * @param replaced the member who leaves
 * @param memberId the new member's id
 * @param person who joins, and in what position
 * @param role the new member's role
 * @param replacedOn the day of the replacement
 */
public record ReplaceMember(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MemberId replaced,
		MemberId memberId, Nominee person, MemberRole role, LocalDate replacedOn) {

	public ReplaceMember {
		Checks.required(workingGroupId, "workingGroupId");
		Checks.required(replaced, "replaced member");
		Checks.requiredFields("memberId", memberId, "person", person, "role", role, "replacedOn", replacedOn);
		if (replaced.equals(memberId)) {
			throw new InvalidValueException("a member cannot replace themselves");
		}
	}

}
