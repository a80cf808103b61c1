package org.cooperation.tracker.query.access;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.web.DashboardPage;

/**
 * Who is signed in, for every page's header (with the sign-out button), and the country a
 * signed-in liaison writes for, for the pages' forms ({@code liaisonOf}; null for anyone
 * else). The forms only show what the command side would take; it still decides.
 */
@ControllerAdvice(annotations = DashboardPage.class)
class SignedInCaller {

	@ModelAttribute("signedIn")
	Caller signedIn() {
		return Callers.current();
	}

	@ModelAttribute("liaisonOf")
	Country liaisonOf() {
		return SignedIn.liaisonCountry();
	}

	@ModelAttribute("secretariat")
	boolean secretariat() {
		return SignedIn.secretariat();
	}

}
