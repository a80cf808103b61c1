package org.cooperation.tracker.query.access;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The dashboard's sign-in form (built-in users), with the language switch of every page.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class SignInPage {

	private final Display show;

	@GetMapping(QuerySideSecurity.LOGIN_PAGE)
	String signIn(Model model) {
		model.addAttribute("pageTitle", show.label("login.title"));
		return "login";
	}

}
