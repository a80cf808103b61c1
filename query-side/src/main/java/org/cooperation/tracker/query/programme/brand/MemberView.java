package org.cooperation.tracker.query.programme.brand;

import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.query.programme.brand.model.Departure;

/**
 * A member of the working group, present or former.
 *
 * @param memberId the member
 * @param country the nominating country
 * @param name the person's name
 * @param position their position at home
 * @param role their role in the group
 * @param joinedOn the day they were nominated, or took over a seat
 * @param predecessorId the member they replaced, or null
 * @param departure how they left, or null while seated
 * @param leftOn the day they left, or null
 * @param successorId who took their seat, or null
 * @param departureNote why they were recalled, or null
 * @param sample true when it is demo data
 */
public record MemberView(UUID memberId, Country country, String name, String position, MemberRole role,
		LocalDate joinedOn, UUID predecessorId, Departure departure, LocalDate leftOn, UUID successorId,
		String departureNote, boolean sample) {

}
