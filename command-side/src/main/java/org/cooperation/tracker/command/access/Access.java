package org.cooperation.tracker.command.access;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * The access rules aggregates apply, against the records they hold: a country's record is
 * written by that country's liaison only, protocol-wide records by the secretariat only.
 * The tracker's own demo loader ({@link Role#SYSTEM}) passes every check.
 */
public final class Access {

	/**
	 * Stands for a command that names no caller: it reads as a reader, so it may write
	 * nothing.
	 */
	public static final Caller NOBODY = Caller.of("nobody", Role.OFFICIAL);

	private Access() {
	}

	/** Refuses anyone but the secretariat. */
	public static void secretariat(Caller caller, String action) {
		if (caller.is(Role.SECRETARIAT) || caller.is(Role.SYSTEM)) {
			return;
		}
		throw new AccessRefused("only the secretariat may " + action + "; " + describe(caller),
				Phrase.of("refusal.access.secretariat", action, words(caller)));
	}

	/**
	 * Refuses anyone but the liaison of {@code country}, which must be the country of the
	 * stored record (or of the participation the record is made under), never a country
	 * merely named in the request.
	 */
	public static void liaisonOf(Caller caller, Country country, String action) {
		if (caller.isLiaisonOf(country) || caller.is(Role.SYSTEM)) {
			return;
		}
		throw new AccessRefused("only " + country.nameEn() + "'s liaison may " + action + "; " + describe(caller),
				Phrase.of("refusal.access.liaison", action, words(caller), country));
	}

	/** Refuses anyone but the secretariat and the liaison of {@code country}. */
	public static void secretariatOrLiaisonOf(Caller caller, Country country, String action) {
		if (caller.is(Role.SECRETARIAT) || caller.isLiaisonOf(country) || caller.is(Role.SYSTEM)) {
			return;
		}
		throw new AccessRefused(
				"only the secretariat or " + country.nameEn() + "'s liaison may " + action + "; " + describe(caller),
				Phrase.of("refusal.access.secretariatOrLiaison", action, words(caller), country));
	}

	/**
	 * Refuses a liaison whose request names another country than its own as the one
	 * acting. Checked after the caller passed the check against the stored record: the
	 * country a body names may narrow what happens, never widen it. Other callers passed
	 * their role's check already, and the record's own rules judge the country they name.
	 */
	public static void actingForOwnCountry(Caller caller, Country named, String action) {
		if (caller.is(Role.LIAISON) && !caller.isLiaisonOf(named)) {
			throw new AccessRefused("only " + named.nameEn() + "'s liaison may " + action + " for " + named.nameEn()
					+ "; " + describe(caller), Phrase.of("refusal.access.ownCountry", action, words(caller), named));
		}
	}

	static String describe(Caller caller) {
		if (caller == NOBODY) {
			return "the command names no caller";
		}
		if (caller.is(Role.LIAISON)) {
			return "'" + caller.name() + "' is " + caller.country().nameEn() + "'s liaison";
		}
		return "'" + caller.name() + "' is " + article(caller.role()) + " " + caller.role();
	}

	/**
	 * {@link #describe} as a phrase. A refusal's action ("propose an initiative") is
	 * English words of the code: the other languages say who may act and who the caller
	 * is, and leave the action out (the caller knows what they asked).
	 */
	static Phrase words(Caller caller) {
		if (caller == NOBODY) {
			return Phrase.of("refusal.caller.none");
		}
		if (caller.is(Role.LIAISON)) {
			return Phrase.of("refusal.caller.liaison", caller.name(), caller.country());
		}
		return Phrase.of("refusal.caller.role", caller.name(), caller.role(), article(caller.role()));
	}

	private static String article(Role role) {
		return role == Role.AUDITOR || role == Role.ADMIN || role == Role.OFFICIAL ? "an" : "a";
	}

}
