package org.cooperation.tracker.query.initiative.web;

import java.time.LocalDate;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officials' pages render the read models, self-contained and accessible. */
class DashboardPagesTest extends QuerySideTestBase {

	@BeforeEach
	void recordTheStory() {
		recordTheTashkentStory();
	}

	/**
	 * A record with thousands of changes: its page shows the newest hundred and a link to
	 * a hundred more, which keeps the country the timeline is narrowed to.
	 */
	@Test
	void aLongTimelineShowsTheNewestHundredAndOlderOnesOnAsking() throws Exception {
		project(() -> {
			for (int i = 0; i < 150; i++) {
				ProgressReported report = Fixtures.progress(ProgressReportId.random(), Country.KZ, i % 100,
						LocalDate.of(2025, 12, 2));
				MetaData by = Fixtures.liaison(Country.KZ, "corr-long-" + i);
				initiativesProjection.on(report, Fixtures.recorded(4L + i, Fixtures.later(40 + i), by));
				historyProjection.on(report, "long-timeline-" + i,
						Fixtures.recorded(4L + i, Fixtures.later(40 + i), by));
			}
		});
		String first = mvc
			.perform(get("/initiatives/" + CALENDAR + "?country=kz").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first.split("<li data-type=", -1)).as("the newest hundred").hasSize(101);
		assertThat(first).contains("The newest 100 of 153 changes.")
			.contains("href=\"http://localhost/initiatives/" + CALENDAR + "?country=kz&amp;shown=200#timeline-title\"");

		String all = mvc.perform(get("/initiatives/" + CALENDAR + "?country=kz&shown=200"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(all.split("<li data-type=", -1)).as("the invitation, the agreement, the story's report and 150")
			.hasSize(154);
		assertThat(all).doesNotContain("shown=300");
		mvc.perform(get("/initiatives/" + CALENDAR + "?shown=many")).andExpect(status().isOk());
	}

	@Test
	void statusMatrixShowsInitiativesAgainstCountriesWithSampleValuesMarked() throws Exception {
		mvc.perform(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("<caption>"), containsString("scope=\"col\""),
					containsString("scope=\"row\""))))
			.andExpect(content().string(allOf(containsString("Central Asian cultural calendar"),
					containsString("Exchange of archival material copies"), containsString("Kazakhstan"),
					containsString("Azerbaijan"))))
			.andExpect(content().string(allOf(containsString("status-agreed"), containsString(">Agreed<"),
					containsString("40%"), containsString(">sample<"), containsString("not participating"))))
			.andExpect(content().string(containsString("number not recorded")))
			.andExpect(content().string(containsString("href=\"/initiatives/" + CALENDAR + "\"")))
			.andExpect(content().string(containsString("href=\"/countries/kz\"")))
			.andExpect(content().string(containsString("Data last updated: Nov 20, 2025, ")));
	}

	@Test
	void aMatrixCellOpensItsCountrysHistoryOnTheInitiative() throws Exception {
		getOkIn("en", "/status-matrix").andExpect(content()
			.string(allOf(containsString("href=\"/initiatives/" + CALENDAR + "?country=kz#timeline-title\""),
					containsString(": Kazakhstan’s history on this initiative"))));
		String kazakhstan = getOkIn("en", "/initiatives/{id}?country=kz", CALENDAR.toString()).andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String timeline = kazakhstan.substring(kazakhstan.indexOf("id=\"timeline-title\""));
		assertThat(timeline).contains("Only Kazakhstan’s changes.", "href=\"/countries/kz\"")
			.doesNotContain("href=\"/countries/uz\"");
		mvc.perform(get("/initiatives/{id}?country=xx", CALENDAR.toString()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("unknown country")));
	}

	@Test
	void statusMatrixSpeaksKazakhByDefaultAndRussianWhenAsked() throws Exception {
		getOk("/status-matrix").andExpect(content().string(allOf(containsString("<html lang=\"kk\">"),
				containsString("Бастамалардың елдер бойынша мәртебесі"), containsString(">Келісілген<"),
				containsString("Орталық Азия мәдени күнтізбесі"), containsString(">Қазақстан<"))));
		getOkIn("ru", "/status-matrix").andExpect(content().string(allOf(containsString("<html lang=\"ru\">"),
				containsString("Статус инициатив по странам"), containsString(">Согласовано<"),
				containsString(">Казахстан<"), containsString("class=\"fallback\""))));
	}

	@Test
	void pagesNameTheSignedInCaller() throws Exception {
		// Pages share their package with the REST API now: the header advice finds them
		// by
		// their @DashboardPage mark.
		mvc.perform(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("class=\"signed-in\""), containsString("official"))));
	}

	@Test
	void pagesLoadNothingFromElsewhere() throws Exception {
		mvc.perform(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(allOf(containsString("href=\"/css/dashboard.css\""),
					containsString("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\" defer>"),
					not(matchesPattern("(?s).*<script(?![^>]* src=\"/)[^>]*>.*")), not(containsString("style=\"")),
					not(containsString("src=\"http")), not(containsString("href=\"http")))));
		getOk("/css/dashboard.css");
		getOk("/js/charts.js");
		getOk("/webjars/echarts/5.3.1/dist/echarts.min.js");
	}

	@Test
	void emptyMatrixSaysSo() throws Exception {
		emptyReadModels();

		getOkIn("en", "/status-matrix")
			.andExpect(content().string(containsString("No initiative has been recorded yet.")));
	}

	@Test
	void initiativePageShowsEachCountryAndTheHistory() throws Exception {
		getOkIn("en", "/initiatives/{id}", CALENDAR.toString())
			.andExpect(content().string(allOf(containsString("<h1 lang=\"en\">Central Asian cultural calendar</h1>"),
					containsString("Regional cultural exchange and joint events"), containsString("Uzbekistan"),
					containsString("1 · Pipeline/identification"))))
			.andExpect(content().string(allOf(containsString("Status changed"), containsString("Progress reported"),
					containsString("Agreed by the ministry"),
					containsString("href=\"https://example.org/decree-1.pdf\""), containsString("liaison-kz"),
					containsString("Nov 20, 2025, 9:10 AM UTC"))));
	}

	@Test
	void countryPageAcceptsAnyCaseAndListsTheCountrysInitiatives() throws Exception {
		getOkIn("en", "/countries/{code}", "kz")
			.andExpect(content().string(allOf(containsString("Kazakhstan"), containsString("Қазақстан"),
					containsString("KZ / KAZ / 398"), containsString("Central Asian cultural calendar"),
					containsString("Exchange of archival material copies"), containsString("40%"))));
	}

	@Test
	void unknownInitiativeOrCountryGetsAnErrorPageNotAStackTrace() throws Exception {
		mvc.perform(get("/initiatives/{id}", "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content()
				.string(allOf(containsString("no initiative with id"), containsString("Back to the status matrix"))));
		mvc.perform(get("/countries/xx").header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("unknown country")));
		mvc.perform(
				get("/initiatives/not-a-uuid").header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("not a valid initiative id"), not(containsString("Exception")))));
	}

}
