package org.cooperation.tracker.access.signin;

import java.security.Principal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;

import org.cooperation.tracker.accounts.AccountChangeListener;

/**
 * The dashboard's signed-in sessions. A session outlives the password check that opened
 * it, so when an account is disabled or given a new password, its sessions end too, in
 * whichever application they are; the next page asks to sign in again.
 */
@RequiredArgsConstructor
public class SignedInSessions implements AccountChangeListener {

	private final SessionRegistry sessions;

	public SessionRegistry registry() {
		return sessions;
	}

	@Override
	public void accountChanged(String username) {
		for (Object principal : sessions.getAllPrincipals()) {
			if (username.equals(name(principal))) {
				end(principal);
			}
		}
	}

	/**
	 * Changes may have been missed: every session ends, since which of them still holds
	 * cannot be told.
	 */
	@Override
	public void anyAccountMayHaveChanged() {
		sessions.getAllPrincipals().forEach(this::end);
	}

	private void end(Object principal) {
		sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
	}

	private static String name(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof Principal named) {
			return named.getName();
		}
		return String.valueOf(principal);
	}

}
