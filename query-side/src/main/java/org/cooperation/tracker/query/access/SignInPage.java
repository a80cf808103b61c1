package org.cooperation.tracker.query.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's sign-in form (built-in users). */
@Controller
class SignInPage {

	@GetMapping(QuerySideSecurity.LOGIN_PAGE)
	String signIn(Model model) {
		model.addAttribute("pageTitle", "Sign in");
		return "login";
	}

}
