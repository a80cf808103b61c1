package org.cooperation.tracker.query.initiative.web;

import java.util.Arrays;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.web.Display;

/**
 * Who recorded a change, in the reader's words, called from templates as
 * {@code @actorWords}: the role and the country an actor acts for are stored as the codes
 * the event's metadata carried, and an unknown code is shown as it is rather than failing
 * the page.
 */
@Component("actorWords")
@RequiredArgsConstructor
public class ActorWords {

	private final Display show;

	/**
	 * The role in words ("Liaison", "Связной"), the code itself when unknown, or null.
	 */
	public String role(String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(Role.values())
			.filter((role) -> role.name().equals(code))
			.findFirst()
			.map((role) -> show.label("initiative.timeline.role." + role.name()))
			.orElse(code);
	}

	/** The country's name, the code itself when unknown, or null. */
	public String country(String code) {
		if (code == null) {
			return null;
		}
		return Arrays.stream(Country.values())
			.filter((country) -> country.alpha2().equalsIgnoreCase(code))
			.findFirst()
			.map(show::country)
			.orElse(code);
	}

}
