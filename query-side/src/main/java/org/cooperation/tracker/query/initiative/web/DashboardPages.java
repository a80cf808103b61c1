package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.history.HistoryEntry;
import org.cooperation.tracker.query.initiative.CountryInitiative;
import org.cooperation.tracker.query.initiative.CountryInitiatives;
import org.cooperation.tracker.query.initiative.CountryProgress;
import org.cooperation.tracker.query.initiative.CountryQueries;
import org.cooperation.tracker.query.initiative.CountryStanding;
import org.cooperation.tracker.query.initiative.CountryWaiting;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.protocol.ProtocolView;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The officials' dashboard pages. */
@Controller
@DashboardPage
@RequiredArgsConstructor
class DashboardPages {

	private final InitiativeQueries initiatives;

	private final ProtocolQueries protocols;

	private final IncompleteRecords incomplete;

	private final Display show;

	private final CountryQueries countries;

	private final ProgressChart progressChart;

	private final MatrixPageTable matrixTable;

	private final Clock clock = Clock.systemUTC();

	@GetMapping("/status-matrix")
	String statusMatrix(MatrixAsked asked, Model model, HttpServletRequest request, HttpServletResponse response) {
		MatrixFilter filter = asked.filter();
		Moment moment = asked.moment(clock);
		Moment compared = asked.compared(clock);
		MatrixPageTable.Rendered shown = matrixTable.table(filter, moment, compared, request, response);
		List<ProtocolView> recorded = protocols.protocols();
		model.addAttribute("matrix", shown.matrix());
		model.addAttribute("table", shown.html());
		model.addAttribute("comparison", shown.comparison());
		model.addAttribute("moment", moment);
		model.addAttribute("compared", compared);
		// The page's own words for the moment asked (the record is not visible to the
		// templates' expressions).
		model.addAttribute("axisAsked", asked.timeAxis().name().toLowerCase(Locale.ROOT));
		model.addAttribute("onAsked", asked.on());
		model.addAttribute("compareAsked", asked.compare());
		model.addAttribute("axes", Stream.of(Moment.Axis.RECORDED, Moment.Axis.EFFECTIVE)
			.map((axis) -> new Choice(axis.name().toLowerCase(Locale.ROOT), show.label("past.axis." + axis.name())))
			.toList());
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
		model.addAttribute("csv", asked.withFilterAndMoment("/status-matrix.csv"));
		model.addAttribute("xlsx", asked.withFilterAndMoment("/status-matrix.xlsx"));
		model.addAttribute("today", MatrixAsked.withFilter("/status-matrix", filter));
		return "matrix";
	}

	@GetMapping("/initiatives/{initiativeId}")
	String initiative(@PathVariable UUID initiativeId, @RequestParam(required = false) String country,
			@RequestParam(required = false) String shown, MomentOnPage when, Model model) {
		// A status matrix cell opens its country's history on the initiative:
		// ?country=kz; a cell of a matrix of the past, at its moment: &axis=...&on=...
		Country only = (country != null) ? Country.fromCode(country) : null;
		Moment moment = when.moment(clock);
		InitiativeDetail initiative = moment.past() ? initiatives.initiative(initiativeId, moment)
				: initiatives.initiative(initiativeId).view();
		model.addAttribute("moment", moment);
		model.addAttribute("today", "/initiatives/" + initiativeId);
		model.addAttribute("initiative", initiative);
		// Events of the initiative a projection parked are missing from this page.
		model.addAttribute("parkedEvents", incomplete.parkedEventsOf(initiativeId.toString()));
		model.addAttribute("pageTitle", show.text(initiative.title()));
		model.addAttribute("programmePage", programmePage(initiative.kind()));
		// The timeline reads newest first: an official comes for what changed lately.
		List<HistoryEntry> newestFirst = new ArrayList<>(
				initiative.history().stream().filter((entry) -> only == null || entry.country() == only).toList());
		Collections.reverse(newestFirst);
		// A record with thousands of changes shows the newest ones, and older ones on
		// asking:
		// rendered whole, the timeline of a record of 7,415 changes took 0.7 s (benchmark
		// P4).
		int limit = TimelineShown.parse(shown);
		model.addAttribute("timeline", newestFirst.subList(0, Math.min(limit, newestFirst.size())));
		model.addAttribute("timelineTotal", newestFirst.size());
		model.addAttribute("olderTimeline",
				(newestFirst.size() > limit) ? ServletUriComponentsBuilder.fromCurrentRequest()
					.replaceQueryParam("shown", limit + TimelineShown.STEP)
					.fragment("timeline-title")
					.build()
					.toUriString() : null);
		model.addAttribute("timelineCountry", only);
		model.addAttribute("lastUpdated",
				latest(Stream.of(Stream.of(initiative.proposedAt()),
						initiative.history().stream().map(HistoryEntry::recordedAt),
						initiative.countries().stream().map(CountryStanding::lastRecordedAt))));
		return "initiative";
	}

	@GetMapping("/countries/{code}")
	String country(@PathVariable String code, MomentOnPage when, Model model) {
		Country country = Country.fromCode(code);
		Moment moment = when.moment(clock);
		CountryInitiatives view = initiatives.countryInitiatives(country, moment);
		model.addAttribute("moment", moment);
		model.addAttribute("today", "/countries/" + country.name().toLowerCase(Locale.ROOT));
		CountryProgress progress = countries.progress(country);
		CountryWaiting waiting = countries.waiting(country);
		model.addAttribute("view", view);
		model.addAttribute("progress", progress);
		model.addAttribute("progressChart", progressChart.option(progress));
		model.addAttribute("waiting", waiting);
		model.addAttribute("lastUpdated",
				latest(Stream.of(view.initiatives().stream().map(CountryInitiative::lastRecordedAt),
						progress.latest().stream().map(CountryProgress.Report::recordedAt),
						Stream.of(waiting.latest()))));
		model.addAttribute("pageTitle", show.country(country));
		return "country";
	}

	/** The latest of the times a page's data was recorded at, or null for none. */
	private static Instant latest(Stream<Stream<Instant>> times) {
		return times.flatMap((each) -> each).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * The address under the initiative of its kind's own page, or null for a kind without
	 * one (also where the workspace sends a liaison for the kind's own forms).
	 */
	static String programmePage(InitiativeKind kind) {
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
