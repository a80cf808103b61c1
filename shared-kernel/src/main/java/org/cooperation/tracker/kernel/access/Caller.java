package org.cooperation.tracker.kernel.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.common.PrintableText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Who sends a command: a user name, a role, and for a liaison the country it acts for.
 * Carried in every command's metadata and copied onto the events the command causes.
 *
 * @param name the user name (or the identity provider's subject)
 * @param role what the caller is to the tracker
 * @param country the country a liaison acts for; null for every other role
 */
public record Caller(String name, Role role, Country country) {

	/** Prefix of the authority naming a role, as Spring Security expects it. */
	public static final String ROLE_AUTHORITY = "ROLE_";

	/** Prefix of the authority naming a liaison's country. */
	public static final String COUNTRY_AUTHORITY = "COUNTRY_";

	public Caller {
		if (name == null || name.isBlank()) {
			throw new InvalidValueException("a caller needs a name");
		}
		// The name is stamped on every event the caller causes, and shown to readers.
		PrintableText.check(name, "user name", PrintableText.Kind.LINE);
		if (role == null) {
			throw new InvalidValueException("caller '" + name + "' needs a role");
		}
		if (role.actsForACountry() && country == null) {
			throw new InvalidValueException("liaison '" + name + "' is bound to no country",
					Phrase.of("caller.liaisonWithoutCountry", name));
		}
		if (!role.actsForACountry() && country != null) {
			throw new InvalidValueException(role + " '" + name + "' cannot be bound to a country",
					Phrase.of("caller.countryWithoutLiaison", role, name));
		}
	}

	public static Caller liaison(String name, Country country) {
		return new Caller(name, Role.LIAISON, country);
	}

	public static Caller of(String name, Role role) {
		return new Caller(name, role, null);
	}

	/** Whether this caller is the liaison of exactly that country. */
	public boolean isLiaisonOf(Country country) {
		return role == Role.LIAISON && this.country == country;
	}

	public boolean is(Role role) {
		return this.role == role;
	}

	/**
	 * The caller as a user's granted authorities: {@code ROLE_LIAISON},
	 * {@code COUNTRY_KG}.
	 */
	public List<String> authorities() {
		List<String> authorities = new ArrayList<>();
		authorities.add(ROLE_AUTHORITY + role.name());
		if (country != null) {
			authorities.add(COUNTRY_AUTHORITY + country.name());
		}
		return authorities;
	}

	/**
	 * The caller a signed-in user's authorities describe; the reverse of
	 * {@link #authorities()}. Refuses a set naming no role or several.
	 */
	public static Caller fromAuthorities(String name, Collection<String> authorities) {
		Role role = null;
		Country country = null;
		for (String authority : authorities) {
			if (authority.startsWith(ROLE_AUTHORITY)) {
				if (role != null) {
					throw new InvalidValueException("user " + Checks.excerpt(name) + " holds more than one role");
				}
				role = Role.ofUser(authority.substring(ROLE_AUTHORITY.length()));
			}
			else if (authority.startsWith(COUNTRY_AUTHORITY)) {
				country = Country.fromCode(authority.substring(COUNTRY_AUTHORITY.length()));
			}
		}
		if (role == null) {
			throw new InvalidValueException("user " + Checks.excerpt(name) + " holds no role");
		}
		return new Caller(name, role, role.actsForACountry() ? country : null);
	}

	/** The metadata entries that name this caller on a command and its events. */
	public Map<String, String> toMetaData() {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put(EventMetadata.ACTOR, name);
		metadata.put(EventMetadata.ACTOR_ROLE, role.name());
		if (country != null) {
			metadata.put(EventMetadata.ACTOR_COUNTRY, country.name());
		}
		return metadata;
	}

	/**
	 * The caller a command's metadata names, or null when it names none (or names one
	 * inconsistently): such a command may do nothing.
	 */
	public static Caller fromMetaData(Map<String, ?> metadata) {
		Object name = metadata.get(EventMetadata.ACTOR);
		Object role = metadata.get(EventMetadata.ACTOR_ROLE);
		Object country = metadata.get(EventMetadata.ACTOR_COUNTRY);
		if (!(name instanceof String) || !(role instanceof String)) {
			return null;
		}
		try {
			Role parsed = Role.valueOf((String) role);
			return new Caller((String) name, parsed,
					country instanceof String code && parsed.actsForACountry() ? Country.fromCode(code) : null);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
