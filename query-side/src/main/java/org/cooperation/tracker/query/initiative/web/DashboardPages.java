package org.cooperation.tracker.query.initiative.web;

import java.util.Arrays;
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
import org.cooperation.tracker.query.web.Display;

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

	private final Display show;

	@GetMapping("/status-matrix")
	String statusMatrix(MatrixAsked asked, Model model) {
		MatrixFilter filter = asked.filter();
		List<ProtocolView> recorded = protocols.protocols();
		model.addAttribute("matrix", initiatives.statusMatrix(filter));
		model.addAttribute("protocols", recorded);
		model.addAttribute("filter", filter);
		model.addAttribute("directions",
				recorded.stream()
					.flatMap((protocol) -> protocol.directions().stream())
					.map((direction) -> new Choice(direction.directionId().toString(), show.text(direction.title())))
					.toList());
		model.addAttribute("kinds", show.choices(InitiativeKind.values()));
		model.addAttribute("statuses", show.choices(ParticipationStatus.values()));
		model.addAttribute("orders",
				Arrays.stream(MatrixFilter.Order.values())
					.map((order) -> new Choice(order.name(), show.label("matrix.order." + order.name())))
					.toList());
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
		model.addAttribute("pageTitle", show.text(initiative.title()));
		model.addAttribute("programmePage", programmePage(initiative.kind()));
		return "initiative";
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, Model model) {
		Country country = Country.fromCode(code);
		model.addAttribute("view", initiatives.countryInitiatives(country));
		model.addAttribute("pageTitle", show.country(country));
		return "country";
	}

	/**
	 * The address under the initiative of its kind's own page, or null for a kind without
	 * one.
	 */
	private static String programmePage(InitiativeKind kind) {
		return switch (kind) {
			case CULTURAL_CALENDAR -> "calendar";
			case CULTURAL_TOUR_PLATFORM -> "cultural-tour";
			case ARCHIVE_EXCHANGE -> "archive-exchange";
			case CREATIVE_MARKETPLACE -> "marketplace";
			case BRAND_WORKING_GROUP -> "working-group";
			case OTHER -> null;
		};
	}

}
