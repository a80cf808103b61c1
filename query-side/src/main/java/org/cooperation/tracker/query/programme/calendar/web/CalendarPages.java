package org.cooperation.tracker.query.programme.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.DashboardPage;

/** The cultural calendar's page: one edition across countries, with filters and feed. */
@Controller
@DashboardPage
@RequiredArgsConstructor
class CalendarPages {

	private static final List<Choice> MONTHS = Arrays.stream(Month.values())
		.map((m) -> new Choice(Integer.toString(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
		.toList();

	/** The published calendar first: what a visitor asks for most. */
	private static final List<Choice> STATES = List.of(new Choice("INCLUDED", "Included (published)"),
			new Choice("SUBMITTED", "Awaiting decision"), new Choice("RETURNED", "Returned"),
			new Choice("WITHDRAWN", "Withdrawn"), new Choice("ALL", "All"));

	private final CalendarQueries calendar;

	private final Clock clock = Clock.systemUTC();

	/** The latest edition with submissions, or this year's while there are none. */
	@GetMapping("/initiatives/{initiativeId}/calendar")
	String latestEdition(@PathVariable UUID initiativeId) {
		List<Integer> years = calendar.editionYears(initiativeId);
		int year = years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
		return "redirect:/initiatives/" + initiativeId + "/calendar/" + year;
	}

	@GetMapping("/initiatives/{initiativeId}/calendar/{year}")
	String edition(@PathVariable UUID initiativeId, @PathVariable int year,
			@RequestParam(required = false) String country, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String type, @RequestParam(required = false) List<String> state,
			Model model) {
		CalendarEdition edition = calendar.edition(initiativeId, year, CalendarFilter.of(country, month, type, state));
		model.addAttribute("edition", edition);
		model.addAttribute("pageTitle", "Cultural calendar " + year);
		model.addAttribute("countries", Choice.countries());
		model.addAttribute("months", MONTHS);
		model.addAttribute("types", Choice.inWords(CulturalEventType.values()));
		model.addAttribute("states", STATES);
		model.addAttribute("selectedState", selectedState(edition.filter()));
		model.addAttribute("feed", UriComponentsBuilder.fromPath("/api/initiatives/{id}/calendar/{year}.ics")
			.queryParamIfPresent("country", Optional.ofNullable(edition.filter().country()).map(Country::alpha2))
			.queryParamIfPresent("month", Optional.ofNullable(edition.filter().month()))
			.queryParamIfPresent("type", Optional.ofNullable(edition.filter().type()).map(CulturalEventType::name))
			.buildAndExpand(initiativeId, edition.year())
			.toUriString());
		return "calendar";
	}

	private static String selectedState(CalendarFilter filter) {
		if (filter.states().size() == SubmissionState.values().length) {
			return "ALL";
		}
		return (filter.states().size() == 1) ? filter.states().iterator().next().name() : "";
	}

}
