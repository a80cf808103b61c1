package org.cooperation.tracker.query.access;

import java.time.Instant;

import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;

/**
 * One user account as the admins' page shows it ({@link AccountsPage}): never a password
 * or its hash. Its last change is its creation until it has another.
 *
 * @param self whether it is the signed-in admin's own account (which they may not
 * disable)
 * @param changed when it last changed, in the reader's words, to the second
 */
public record AccountLine(String username, Role role, Country country, boolean enabled, boolean demo, boolean self,
		Instant changedAt, String changedBy, String changed) {

	/** The element id of the account's record on the page. */
	public String id() {
		return "account-" + username;
	}

}
