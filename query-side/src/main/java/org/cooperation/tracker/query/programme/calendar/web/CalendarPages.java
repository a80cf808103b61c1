package org.cooperation.tracker.query.programme.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The cultural calendar's page: one edition across countries, with filters, a month view
 * and the feed.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class CalendarPages {

	private final CalendarDownloads downloads;

	/** The published calendar first: what a visitor asks for most. */
	private static final List<SubmissionState> STATES = List.of(SubmissionState.INCLUDED, SubmissionState.SUBMITTED,
			SubmissionState.RETURNED, SubmissionState.WITHDRAWN);

	private final CalendarQueries calendar;

	private final Display show;

	private final Clock clock = Clock.systemUTC();

	/** The latest edition with submissions, or this year's while there are none. */
	@GetMapping("/initiatives/{initiativeId}/calendar")
	String latestEdition(@PathVariable UUID initiativeId) {
		List<Integer> years = calendar.editionYears(initiativeId);
		int year = years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
		return "redirect:/initiatives/" + initiativeId + "/calendar/" + year;
	}

	/**
	 * An edition: its events as a month view and as a list. A month asked for (by the
	 * filter's number or as 2026-06 by the month view's links) narrows the list to it;
	 * without one the list holds the whole year and the month view opens on the month of
	 * the next event.
	 */
	@GetMapping("/initiatives/{initiativeId}/calendar/{year}")
	String edition(@PathVariable UUID initiativeId, @PathVariable int year,
			@RequestParam(required = false) String country, @RequestParam(required = false) String month,
			@RequestParam(required = false) String type, @RequestParam(required = false) List<String> state,
			Locale language, Model model) {
		CalendarAsked asked = new CalendarAsked(year, country, month, type, state);
		CalendarFilter filter = asked.filter(show);
		CalendarEdition edition = calendar.edition(initiativeId, year, filter);
		LocalDate today = LocalDate.now(clock);
		YearMonth shown = Optional.ofNullable(asked.month(show))
			.orElseGet(() -> MonthView.firstShown(edition.year(), edition.events(), today));
		model.addAttribute("edition", edition);
		model.addAttribute("pageTitle", show.label("calendar.title", Integer.toString(edition.year())));
		model.addAttribute("countries", show.countryChoices());
		model.addAttribute("months",
				Arrays.stream(Month.values())
					.map((m) -> new Choice(Integer.toString(m.getValue()), MonthView.monthName(m, language)))
					.toList());
		model.addAttribute("types", show.choices(CulturalEventType.values()));
		model.addAttribute("states",
				Stream
					.concat(STATES.stream()
						.map((s) -> new Choice(s.name(),
								(s == SubmissionState.INCLUDED) ? show.label("calendar.filter.published")
										: show.constant(s))),
							Stream.of(new Choice("ALL", show.label("calendar.filter.state.all"))))
					.toList());
		model.addAttribute("selectedState", selectedState(edition.filter()));
		model.addAttribute("monthView", MonthView.of(shown, edition.events(), today, language));
		model.addAttribute("previousMonth", monthLink(initiativeId, shown.minusMonths(1), edition.filter(), language));
		model.addAttribute("nextMonth", monthLink(initiativeId, shown.plusMonths(1), edition.filter(), language));
		model.addAttribute("feed", UriComponentsBuilder.fromPath("/api/initiatives/{id}/calendar/{year}.ics")
			.queryParamIfPresent("country", Optional.ofNullable(edition.filter().country()).map(Country::alpha2))
			.queryParamIfPresent("month", Optional.ofNullable(edition.filter().month()))
			.queryParamIfPresent("type", Optional.ofNullable(edition.filter().type()).map(CulturalEventType::name))
			.buildAndExpand(initiativeId, edition.year())
			.toUriString());
		forms(initiativeId, edition.year(), model);
		return "calendar";
	}

	/**
	 * The forms of the signed-in user's part in the edition
	 * (templates/calendar-forms.html): a participating country's liaison submits,
	 * corrects and withdraws the country's events; the secretariat decides on what was
	 * submitted.
	 */
	private void forms(UUID initiativeId, int year, Model model) {
		Country liaisonOf = SignedIn.liaisonCountry();
		if (liaisonOf != null && calendar.participants(initiativeId).contains(liaisonOf)) {
			model.addAttribute("ownSubmissions", submissionsOf(initiativeId, year,
					(event) -> event.country() == liaisonOf && event.state() != SubmissionState.WITHDRAWN));
			model.addAttribute("eventTypes", CulturalEventType.values());
		}
		if (SignedIn.secretariat()) {
			model.addAttribute("awaitingDecision",
					submissionsOf(initiativeId, year, (event) -> event.state() == SubmissionState.SUBMITTED));
		}
	}

	private List<CalendarEventView> submissionsOf(UUID initiativeId, int year, Predicate<CalendarEventView> which) {
		return calendar.submissions(initiativeId)
			.stream()
			.filter((event) -> event.editionYear() == year && which.test(event))
			.toList();
	}

	/**
	 * The month view of another month with the same filter; a month of another year is on
	 * that year's edition page. Null beyond the years an edition may have.
	 */
	static MonthLink monthLink(UUID initiativeId, YearMonth month, CalendarFilter filter, Locale language) {
		if (month.getYear() < EditionYear.EARLIEST || month.getYear() > EditionYear.LATEST) {
			return null;
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/initiatives/{id}/calendar/{year}")
			.queryParam("month", month.toString())
			.queryParamIfPresent("country", Optional.ofNullable(filter.country()).map(Country::alpha2))
			.queryParamIfPresent("type", Optional.ofNullable(filter.type()).map(CulturalEventType::name));
		if (filter.states().size() == SubmissionState.values().length) {
			uri.queryParam("state", "ALL");
		}
		else if (!filter.states().equals(CalendarFilter.PUBLISHED)) {
			filter.states().forEach((s) -> uri.queryParam("state", s.name()));
		}
		return new MonthLink(month, MonthView.title(month, language),
				uri.buildAndExpand(initiativeId, month.getYear()).toUriString());
	}

	private static String selectedState(CalendarFilter filter) {
		if (filter.states().size() == SubmissionState.values().length) {
			return "ALL";
		}
		return (filter.states().size() == 1) ? filter.states().iterator().next().name() : "";
	}

	/**
	 * A link of the month view to another month.
	 *
	 * @param month the month it shows
	 * @param name the month's name and year in the reader's language
	 * @param href its address
	 */
	public record MonthLink(YearMonth month, String name, String href) {
	}

	@GetMapping("/initiatives/{initiativeId}/calendar/submissions.csv")
	void submissionsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.submissions(initiativeId, response);
	}

}
