package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A country nominated a person to the working group.
 *
 * @param workingGroupId the group
 * @param memberId the member
 * @param country the nominating country
 * @param person who, and in what position
 * @param role the role in the group
 * @param nominatedOn the day of the nomination
 */
@Revision("1")
public record MemberNominated(WorkingGroupId workingGroupId, MemberId memberId, Country country, Nominee person,
		MemberRole role, LocalDate nominatedOn) {

}
