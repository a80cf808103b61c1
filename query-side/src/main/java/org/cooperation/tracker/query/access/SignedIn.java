package org.cooperation.tracker.query.access;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;

/**
 * What the pages' forms need to know of the signed-in user: which forms to show. Showing
 * is all it decides; the command side checks every write as for any REST client.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** The country a signed-in liaison writes for, or null for anyone else. */
	public static Country liaisonCountry() {
		Caller caller = Callers.current();
		return (caller != null && caller.is(Role.LIAISON)) ? caller.country() : null;
	}

	/** Whether the signed-in user is the secretariat's. */
	public static boolean secretariat() {
		Caller caller = Callers.current();
		return caller != null && caller.is(Role.SECRETARIAT);
	}

}
