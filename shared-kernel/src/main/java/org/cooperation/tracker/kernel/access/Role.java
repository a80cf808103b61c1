package org.cooperation.tracker.kernel.access;

import java.util.Locale;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * What a signed-in user is to the tracker. A role belongs to a user account (or to an
 * identity provider's token), and it is recorded on every event the user causes.
 */
public enum Role {

	/**
	 * Records protocols, directions, initiatives and the decisions taken for all parties.
	 */
	SECRETARIAT,

	/**
	 * A ministry's liaison: writes only the records of the one country it is bound to.
	 */
	LIAISON,

	/** Reads everything; never writes. */
	OFFICIAL,

	/** Reads everything, the event history included, and verifies it; never writes. */
	AUDITOR,

	/** Manages the built-in user accounts; writes no record of the protocol. */
	ADMIN,

	/**
	 * The tracker itself, loading its demonstration data. No user account or token can
	 * carry it: {@link #ofUser(String)} refuses it.
	 */
	SYSTEM;

	/**
	 * The role a user account or a token names, in any letter case; SYSTEM is not one.
	 */
	public static Role ofUser(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidValueException("a role is required");
		}
		String normalised = name.strip().toUpperCase(Locale.ROOT);
		for (Role role : values()) {
			if (role != SYSTEM && role.name().equals(normalised)) {
				return role;
			}
		}
		throw new InvalidValueException(
				"unknown role " + Checks.excerpt(name) + ": one of SECRETARIAT, LIAISON, OFFICIAL, AUDITOR, ADMIN");
	}

	/** A liaison acts for exactly one country; no other role acts for one. */
	public boolean actsForACountry() {
		return this == LIAISON;
	}

}
