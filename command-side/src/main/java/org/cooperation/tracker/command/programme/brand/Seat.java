package org.cooperation.tracker.command.programme.brand;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;

/**
 * One member of the working group, as much as the rules need.
 *
 * @param memberId the member
 * @param country the nominating country
 * @param name the person's name, for messages and to spot a double nomination
 * @param role the role held
 * @param since the day the member joined
 * @param leftOn the day the member left, or null while seated
 */
record Seat(MemberId memberId, Country country, String name, MemberRole role, LocalDate since, LocalDate leftOn) {

	boolean seated() {
		return leftOn == null;
	}

	Seat left(LocalDate on) {
		return new Seat(memberId, country, name, role, since, on);
	}

}
