package org.cooperation.tracker.query.access;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.query.web.DashboardPage;

/** Who is signed in, for every page's header (with the sign-out button). */
@ControllerAdvice(annotations = DashboardPage.class)
class SignedInCaller {

	@ModelAttribute("signedIn")
	Caller signedIn() {
		return Callers.current();
	}

}
