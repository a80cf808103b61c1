package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A participating country nominates a person to the working group.
 *
 * @param workingGroupId the group
 * @param memberId the new member's id
 * @param country the nominating country
 * @param person who, and in what position
 * @param role the role in the group
 * @param nominatedOn the day of the nomination
 */
public record NominateMember(@TargetAggregateIdentifier WorkingGroupId workingGroupId, MemberId memberId,
		Country country, Nominee person, MemberRole role, LocalDate nominatedOn) {

	public NominateMember {
		Checks.requiredFields("workingGroupId", workingGroupId, "memberId", memberId, "country", country, "person",
				person, "role", role, "nominatedOn", nominatedOn);
	}

}
