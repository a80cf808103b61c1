package org.cooperation.tracker.query.initiative.web;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.protocol.ProtocolView;
import org.cooperation.tracker.query.web.Choice;
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

	private static final List<Choice> ORDERS = List.of(new Choice("PROPOSED", "As proposed"),
			new Choice("TITLE", "Title"), new Choice("KIND", "Kind"));

	@GetMapping("/")
	String statusMatrix(MatrixAsked asked, Model model) {
		MatrixFilter filter = asked.filter();
		List<ProtocolView> recorded = protocols.protocols();
		model.addAttribute("matrix", initiatives.statusMatrix(filter));
		model.addAttribute("protocols", recorded);
		model.addAttribute("filter", filter);
		model.addAttribute("directions", recorded.stream()
			.flatMap((protocol) -> protocol.directions().stream())
			.map((direction) -> new Choice(direction.directionId().toString(), direction.title().preferEnglish()))
			.toList());
		model.addAttribute("kinds", Choice.inWords(InitiativeKind.values()));
		model.addAttribute("statuses", Choice.inWords(ParticipationStatus.values()));
		model.addAttribute("orders", ORDERS);
		model.addAttribute("csv", MatrixAsked.withFilter("/status-matrix.csv", filter));
		model.addAttribute("xlsx", MatrixAsked.withFilter("/status-matrix.xlsx", filter));
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
