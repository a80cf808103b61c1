package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A member left the working group and another person took the seat for the same country.
 *
 * @param workingGroupId the group
 * @param replaced the member who left
 * @param memberId the member who joined
 * @param country the country of both
 * @param person who joined, and in what position
 * @param role the new member's role
 * @param replacedOn the day of the replacement
 */
@Revision("1")
public record MemberReplaced(WorkingGroupId workingGroupId, MemberId replaced, MemberId memberId, Country country,
		Nominee person, MemberRole role, LocalDate replacedOn) {

}
