package org.cooperation.tracker.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.cooperation.tracker.kernel.access.Caller;

/** The signed-in caller of the current request, as the published language names it. */
public final class Callers {

	private Callers() {
	}

	/** The current request's caller, or null when nobody is signed in. */
	public static Caller current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public static Caller of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return Caller.fromAuthorities(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
	}

}
