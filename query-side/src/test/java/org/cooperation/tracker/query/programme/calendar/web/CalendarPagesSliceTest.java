package org.cooperation.tracker.query.programme.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.StringUtils;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link CalendarPages} in a slice: the latest edition's address, an edition with its
 * filters and the feed that matches them, the month view with its neighbours, the labels
 * in Kazakh and Russian, and the error page for a bad filter in the reader's language.
 */
class CalendarPagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/calendar";

	static final UUID FESTIVAL = UUID.fromString("00000000-0000-4000-8000-0000000ca101");

	static final UUID BRIDGE = UUID.fromString("00000000-0000-4000-8000-0000000ca102");

	/** Three days in June, recorded in all three languages. */
	static final CalendarEventView FESTIVAL_EVENT = event(FESTIVAL, new LocalizedText("Дала фольк-музыкасы фестивалі",
			"Фестиваль степной народной музыки", "Steppe folk music festival"), LocalDate.of(2026, 6, 12),
			LocalDate.of(2026, 6, 14));

	/** From the end of May into June, in English only. */
	static final CalendarEventView BRIDGE_EVENT = event(BRIDGE, english("Bridge of crafts"), LocalDate.of(2026, 5, 30),
			LocalDate.of(2026, 6, 2));

	static final CalendarFilter JUNE = new CalendarFilter(null, 6, null, null);

	@Autowired
	CalendarQueries queries;

	@Test
	void theCalendarOpensOnTheLatestEditionWithSubmissions() throws Exception {
		given(queries.editionYears(INITIATIVE)).willReturn(List.of(2027, 2026));
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "/2027"));
	}

	@Test
	void anEditionIsShownWithItsFiltersAndTheFeedThatMatchesThem() throws Exception {
		CalendarFilter filter = CalendarFilter.of("TM", null, null, List.of("ALL"));
		given(queries.edition(INITIATIVE, 2026, filter)).willReturn(edition(filter));
		page(get(PAGE + "/2026?state=ALL&country=TM").header("Accept-Language", "en"), "calendar")
			.andExpect(model().attribute("edition", edition(filter)))
			.andExpect(model().attribute("pageTitle", "Cultural calendar 2026"))
			.andExpect(model().attribute("selectedState", "ALL"))
			.andExpect(model().attribute("feed", "/api/initiatives/" + INITIATIVE + "/calendar/2026.ics?country=TM"))
			.andExpect(content().string(allOf(containsString("<option value=\"6\">June</option>"),
					containsString("<option value=\"ALL\" selected=\"selected\">All</option>"),
					containsString("Included (published)"), containsString("No event matches."))));
	}

	@Test
	void theMonthViewPutsEachEventOnEveryDayItTakesPlace() throws Exception {
		given(queries.edition(INITIATIVE, 2026, JUNE)).willReturn(edition(JUNE, FESTIVAL_EVENT, BRIDGE_EVENT));
		MvcResult result = page(get(PAGE + "/2026?month=2026-06").header("Accept-Language", "en"), "calendar")
			.andExpect(model().attribute("previousMonth",
					new CalendarPages.MonthLink(YearMonth.of(2026, 5), "May 2026", PAGE + "/2026?month=2026-05")))
			.andExpect(model().attribute("nextMonth",
					new CalendarPages.MonthLink(YearMonth.of(2026, 7), "July 2026", PAGE + "/2026?month=2026-07")))
			.andExpect(content().string(allOf(containsString("<h2 id=\"month-title\">June 2026</h2>"),
					containsString("<abbr title=\"Monday\">Mon</abbr>"),
					containsString("<abbr title=\"Sunday\">Sun</abbr>"),
					containsString("<time class=\"day\" datetime=\"2026-06-01\">1</time>"),
					containsString("<time class=\"day\" datetime=\"2026-06-30\">30</time>"),
					not(containsString("datetime=\"2026-07-01\"")), not(containsString("datetime=\"2026-05-31\"")),
					containsString("href=\"" + PAGE + "/2026?month=2026-05\" rel=\"prev\""),
					containsString("href=\"" + PAGE + "/2026?month=2026-07\" rel=\"next\""),
					containsString("id=\"event-" + FESTIVAL + "\""), containsString("Steppe folk music festival"))))
			.andReturn();
		MonthView june = (MonthView) result.getModelAndView().getModel().get("monthView");
		assertThat(june.month()).isEqualTo(YearMonth.of(2026, 6));
		assertThat(june.events()).isEqualTo(2);
		assertThat(daysOf(june, FESTIVAL)).containsExactly(12, 13, 14);
		assertThat(daysOf(june, BRIDGE)).containsExactly(1, 2);
		// The festival's title links to its row once for each of its days.
		String html = result.getResponse().getContentAsString();
		assertThat(StringUtils.countOccurrencesOf(html, "href=\"#event-" + FESTIVAL + "\"")).isEqualTo(3);
		assertThat(StringUtils.countOccurrencesOf(html, "href=\"#event-" + BRIDGE + "\"")).isEqualTo(2);
	}

	@Test
	void theMonthsBeforeJanuaryAndAfterDecemberAreOnTheirOwnEditionsPagesWithTheSameFilter() throws Exception {
		CalendarFilter january = CalendarFilter.of("kz", 1, null, List.of("ALL"));
		given(queries.edition(INITIATIVE, 2026, january)).willReturn(edition(january));
		page(get(PAGE + "/2026?month=1&country=kz&state=ALL").header("Accept-Language", "en"), "calendar")
			.andExpect(model().attribute("previousMonth",
					new CalendarPages.MonthLink(YearMonth.of(2025, 12), "December 2025",
							PAGE + "/2025?month=2025-12&country=KZ&state=ALL")))
			.andExpect(
					content().string(allOf(containsString("<option value=\"1\" selected=\"selected\">January</option>"),
							containsString("No event of the list takes place in this month."))));
		CalendarFilter december = CalendarFilter.of(null, 12, "festival", List.of("SUBMITTED", "RETURNED"));
		given(queries.edition(INITIATIVE, 2026, december)).willReturn(edition(december));
		page(get(PAGE + "/2026?month=2026-12&type=festival&state=submitted&state=returned"), "calendar")
			.andExpect(model().attribute("nextMonth", new CalendarPages.MonthLink(YearMonth.of(2027, 1), "Қаңтар 2027",
					PAGE + "/2027?month=2027-01&type=FESTIVAL&state=SUBMITTED&state=RETURNED")));
	}

	@Test
	void kazakhAndRussianReadersGetTheirOwnLabelsMonthsAndTitles() throws Exception {
		given(queries.edition(INITIATIVE, 2026, JUNE)).willReturn(edition(JUNE, FESTIVAL_EVENT, BRIDGE_EVENT));
		page(get(PAGE + "/2026?month=6").header("Accept-Language", "kk"), "calendar")
			.andExpect(model().attribute("pageTitle", "Мәдени күнтізбе 2026"))
			.andExpect(content().string(allOf(containsString("<html lang=\"kk\">"),
					containsString("<h2 id=\"month-title\">Маусым 2026</h2>"),
					containsString("<abbr title=\"Дүйсенбі\">Дс</abbr>"), containsString("Барлық елдер"),
					containsString("Жыл бойы"),
					containsString("<option value=\"6\" selected=\"selected\">Маусым</option>"),
					containsString(">Дала фольк-музыкасы фестивалі<"), containsString(">Фестиваль<"),
					containsString(">Енгізілген<"), containsString(">Қазақстан<"), containsString("Алдыңғы ай"),
					containsString("Іс-шаралар тізімі"), not(containsString(">Festival<")))));
		page(get(PAGE + "/2026?month=6").header("Accept-Language", "ru"), "calendar")
			.andExpect(model().attribute("pageTitle", "Культурный календарь 2026"))
			.andExpect(content().string(
					allOf(containsString("<html lang=\"ru\">"), containsString("<h2 id=\"month-title\">Июнь 2026</h2>"),
							containsString("<abbr title=\"Понедельник\">Пн</abbr>"), containsString("Все страны"),
							containsString("Весь год"), containsString("Включённые (опубликованные)"),
							containsString(">Фестиваль степной народной музыки<"), containsString(">Включено<"),
							containsString("Следующий месяц"), containsString("12 июн. 2026 г."),
							// Recorded in English only: shown in English, marked as such.
							containsString("class=\"fallback\""), containsString(">Bridge of crafts<"))));
	}

	@Test
	void aBadFilterGetsTheErrorPageInTheReadersLanguage() throws Exception {
		String notAMonth = "is not a month: choose one from the list, or write it as 2026-06";
		errorPage(get(PAGE + "/2026?month=13").header("Accept-Language", "en"), 400, notAMonth);
		errorPage(get(PAGE + "/2026?month=2026-13").header("Accept-Language", "en"), 400, notAMonth);
		errorPage(get(PAGE + "/2026?month=june").header("Accept-Language", "en"), 400, notAMonth);
		errorPage(get(PAGE + "/2026?month=2025-12").header("Accept-Language", "en"), 400,
				"2025-12 is not a month of the 2026 edition");
		errorPage(get(PAGE + "/2026?country=XX").header("Accept-Language", "en"), 400,
				"is not a country of the tracker: use one of the codes KZ, UZ, KG, TJ, TM, AZ");
		errorPage(get(PAGE + "/2026?type=circus").header("Accept-Language", "en"), 400,
				"is not a type of event: use one of FESTIVAL, EXHIBITION");
		errorPage(get(PAGE + "/2026?state=LOST").header("Accept-Language", "en"), 400,
				"is not a state of a submission: use one of SUBMITTED, INCLUDED, RETURNED, WITHDRAWN, ALL");
		errorPage(get(PAGE + "/1999").header("Accept-Language", "en"), 400,
				"There is no 1999 edition: an edition year lies between 2000 and 2100");
		errorPage(get(PAGE + "/next").header("Accept-Language", "en"), 400, "not a valid year");
		errorPage(get(PAGE + "/2026?month=13").header("Accept-Language", "kk"), 400,
				"— ай емес: айды тізімнен таңдаңыз немесе оны 2026-06 түрінде жазыңыз");
		errorPage(get(PAGE + "/2026?month=2026-13").header("Accept-Language", "ru"), 400,
				"— не месяц: выберите месяц из списка или укажите его в виде 2026-06");
		errorPage(get(PAGE + "/2026?country=XX").header("Accept-Language", "ru"), 400, "— не страна трекера");
	}

	@Test
	void anUnknownInitiativeGetsTheErrorPage() throws Exception {
		given(queries.edition(UUID.fromString(UNKNOWN), 2026, CalendarFilter.of(null, null, null, null)))
			.willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/calendar/2026", UNKNOWN), 404, "no initiative with id " + UNKNOWN);
	}

	static CalendarEventView event(UUID id, LocalizedText title, LocalDate start, LocalDate end) {
		return new CalendarEventView(id, Country.KZ, 2026, title, CulturalEventType.FESTIVAL, "Almaty", start, end,
				"Union of folk musicians", null, null, SubmissionState.INCLUDED, null, 1,
				Instant.parse("2026-01-10T09:00:00Z"), false, 1);
	}

	private static CalendarEdition edition(CalendarFilter filter, CalendarEventView... events) {
		return new CalendarEdition(INITIATIVE, english("Central Asian cultural calendar"), 2026, filter, List.of(2026),
				List.of(events));
	}

	private static List<Integer> daysOf(MonthView month, UUID event) {
		return month.weeks()
			.stream()
			.flatMap(List::stream)
			.filter((day) -> day.events().stream().anyMatch((e) -> e.submissionId().equals(event)))
			.map((day) -> day.date().getDayOfMonth())
			.toList();
	}

}
