package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A country recalled its member from the working group without a successor.
 *
 * @param workingGroupId the group
 * @param memberId the member who left
 * @param country the member's country
 * @param recalledOn the day of the recall
 * @param note why, or null
 */
@Revision("1")
public record MemberRecalled(WorkingGroupId workingGroupId, MemberId memberId, Country country, LocalDate recalledOn,
		String note) {

}
