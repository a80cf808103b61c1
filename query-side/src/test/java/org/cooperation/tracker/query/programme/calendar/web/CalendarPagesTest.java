package org.cooperation.tracker.query.programme.calendar.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar's page on the read model of {@link CalendarStory}: the edition's list with
 * its filters and feed, the month view, in English, Kazakh and Russian, and the 400 page
 * for a bad filter.
 */
class CalendarPagesTest extends QuerySideTestBase {

	static final String PAGE = "/initiatives/" + CALENDAR + "/calendar/2026";

	@Autowired
	private CalendarProjection calendar;

	@BeforeEach
	void recordTheCalendar() {
		emptyReadModels();
		project(() -> {
			initiativesProjection.on(Fixtures.calendarProposed(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			CalendarStory.feed(calendar);
		});
	}

	@Test
	void calendarPageShowsTheEditionWithFiltersAndTheFeed() throws Exception {
		mvc.perform(get(PAGE).header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Steppe folk music festival"),
					containsString("Silk Road textiles, patterns; colours"), containsString("datetime=\"2026-04-01\""),
					containsString("Apr 1, 2026"), containsString("Union of folk musicians"),
					containsString(">sample<"), containsString(">Heritage day<"), containsString(">Included<"),
					containsString("href=\"/api/initiatives/" + CALENDAR + "/calendar/2026.ics\""),
					containsString("<select name=\"month\">"), containsString("href=\"/css/calendar.css\""),
					not(containsString("Spring concert")))));
		mvc.perform(get(PAGE + "?state=ALL&country=TM").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Carpet weaving"), containsString(">Withdrawn<"),
					containsString("Postponed"), not(containsString("Steppe folk music festival")),
					containsString("calendar/2026.ics?country=TM"))));
	}

	@Test
	void theMonthViewShowsEveryIncludedEventOnItsDays() throws Exception {
		// June: the festival on the 12th to 14th; the textiles, April to June, on every
		// day.
		String june = mvc.perform(get(PAGE + "?month=2026-06").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2 id=\"month-title\">June 2026</h2>"),
					containsString("<time class=\"day\" datetime=\"2026-06-12\">12</time>"),
					containsString("?month=2026-05\" rel=\"prev\""), containsString("?month=2026-07\" rel=\"next\""),
					containsString("June 2026: the edition’s events, by first day."),
					not(containsString("Spring concert")), not(containsString("Epic storytellers")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(StringUtils.countOccurrencesOf(june, "href=\"#event-" + CalendarStory.FESTIVAL.value() + "\""))
			.isEqualTo(3);
		assertThat(StringUtils.countOccurrencesOf(june, "href=\"#event-" + CalendarStory.TEXTILES.value() + "\""))
			.isEqualTo(30);
		// January holds the last two of the New Year days that began in December.
		mvc.perform(get(PAGE + "?month=1").header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("<h2 id=\"month-title\">January 2026</h2>"),
					containsString("New Year days"), containsString(
							"href=\"/initiatives/" + CALENDAR + "/calendar/2025?month=2025-12\" rel=\"prev\""))));
	}

	@Test
	void kazakhAndRussianReadersReadTheCalendarInTheirLanguage() throws Exception {
		mvc.perform(get(PAGE + "?month=2026-06").header("Accept-Language", "kk"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Мәдени күнтізбе 2026 ·"),
					containsString("Маусым 2026"), containsString(">Дала фольк-музыкасы фестивалі<"),
					containsString(">Көрме<"), containsString(">Өзбекстан<"), containsString("Ұйымдастырушы"),
					containsString("Енгізілген іс-шараларға күнтізбе қолданбасында жазылу"))));
		mvc.perform(get(PAGE + "?month=2026-06").header("Accept-Language", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Культурный календарь 2026 ·"),
					containsString("Июнь 2026"), containsString(">Выставка<"), containsString(">Узбекистан<"),
					containsString("Организатор"), containsString("12 июн. 2026 г."),
					// No Russian title recorded: a Russian reader gets the English one
					// before
					// the Kazakh.
					containsString(">Steppe folk music festival<"))));
	}

	@Test
	void calendarPageRefusesABadFilterWithAPageInTheReadersLanguage() throws Exception {
		mvc.perform(get(PAGE + "?month=13").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("is not a month: choose one from the list")));
		mvc.perform(get(PAGE + "?month=2026-13").header("Accept-Language", "ru").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("— не месяц"), not(containsString("Exception")))));
	}

}
