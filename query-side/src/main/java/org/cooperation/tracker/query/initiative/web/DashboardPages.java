package org.cooperation.tracker.query.initiative.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.web.DashboardPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The officials' dashboard pages. */
@Controller
@DashboardPage
@RequiredArgsConstructor
class DashboardPages {

	private final InitiativeQueries initiatives;

	private final ProtocolQueries protocols;

	private final IncompleteRecords incomplete;

	@GetMapping("/")
	String statusMatrix(Model model) {
		model.addAttribute("matrix", initiatives.statusMatrix());
		model.addAttribute("protocols", protocols.protocols());
		return "matrix";
	}

	@GetMapping("/initiatives/{initiativeId}")
	String initiative(@PathVariable UUID initiativeId, Model model) {
		InitiativeDetail initiative = initiatives.initiative(initiativeId).view();
		model.addAttribute("initiative", initiative);
		// Events of the initiative a projection parked are missing from this page.
		model.addAttribute("parkedEvents", incomplete.parkedEventsOf(initiativeId.toString()));
		model.addAttribute("pageTitle", initiative.title().preferEnglish());
		return "initiative";
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, Model model) {
		Country country = Country.fromCode(code);
		model.addAttribute("view", initiatives.countryInitiatives(country));
		model.addAttribute("pageTitle", country.nameEn());
		return "country";
	}

}
