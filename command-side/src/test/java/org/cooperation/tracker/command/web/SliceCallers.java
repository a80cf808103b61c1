package org.cooperation.tracker.command.web;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.country.Country;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs a slice's request in as one of the demo accounts, with the authorities the
 * account has ({@link Caller#authorities()}: its role, and a liaison's country), so the
 * filter chain and the controllers see the caller the tracker would. The password check
 * itself is the full-context tests' ({@code SignInTest}).
 */
public final class SliceCallers {

	private static final String LIAISON = "liaison-";

	private SliceCallers() {
	}

	/**
	 * The demo account of that name: {@code secretariat}, {@code official},
	 * {@code auditor}, {@code admin}, or {@code liaison-<country>}.
	 */
	public static Caller caller(String user) {
		if (user.startsWith(LIAISON)) {
			return Caller.liaison(user, Country.fromCode(user.substring(LIAISON.length()).toUpperCase(Locale.ROOT)));
		}
		return Caller.of(user, Role.ofUser(user));
	}

	public static RequestPostProcessor signedInAs(String user) {
		return user(user).authorities(caller(user).authorities().stream().map(SimpleGrantedAuthority::new).toList());
	}

}
