package org.cooperation.tracker.query.secretariat;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.ErrorPage;

/**
 * The secretariat's desk: the queue of what awaits its decision (each item links to the
 * page whose form decides it), and the forms of the records only it keeps: a protocol
 * with its parties, a signature, a direction, an initiative proposed under one. The forms
 * write through the command side's API as the signed-in user (static/js/forms.js); the
 * command side decides.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class SecretariatPage {

	static final String PATH = "/secretariat";

	private final SecretariatQueue queue;

	private final ProtocolQueries protocols;

	private final Display show;

	private final Clock clock = Clock.systemUTC();

	@GetMapping(PATH)
	ModelAndView desk() {
		if (!SignedIn.secretariat()) {
			return ErrorPage.of(HttpStatus.FORBIDDEN, show.label("secretariat.onlySecretariat"));
		}
		ModelAndView page = new ModelAndView("secretariat");
		page.addObject("queue", queue.queue());
		page.addObject("protocols", protocols.protocols());
		page.addObject("countries", Country.values());
		page.addObject("partyRoles", PartyRole.values());
		page.addObject("kinds", InitiativeKind.values());
		page.addObject("today", LocalDate.now(clock));
		page.addObject("pageTitle", show.label("secretariat.title"));
		return page;
	}

}
