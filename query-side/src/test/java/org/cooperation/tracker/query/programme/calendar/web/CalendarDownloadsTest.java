package org.cooperation.tracker.query.programme.calendar.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.CsvAnswers.csv;
import static org.cooperation.tracker.query.Fixtures.ARCHIVE_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.FESTIVAL;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The calendar's submissions as CSV, beside their JSON list, on the API and the page. */
class CalendarDownloadsTest extends QuerySideTestBase {

	static final String CSV = "/api/initiatives/{id}/calendar/submissions.csv";

	static final String FORMULA = "=HYPERLINK(\"https://example.org/x\",\"click\")";

	@Autowired
	private CalendarProjection calendar;

	@BeforeEach
	void recordTheEdition() {
		recordInitiativesAnd(() -> {
			CalendarStory.feed(calendar);
			calendar.on(
					CalendarStory.submitted(CalendarStory.id(7), Country.TJ,
							CalendarStory.event(FORMULA, CulturalEventType.OTHER, "Khujand", LocalDate.of(2026, 9, 1),
									LocalDate.of(2026, 9, 1))),
					Fixtures.recorded(0L, Fixtures.later(106), Fixtures.liaison(Country.TJ, "corr-cal-8")));
		}, Fixtures.calendarProposed(), Fixtures.archiveExchangeProposed());
	}

	@Test
	void everySubmissionIsALineWithStableColumnsInTheJsonListsOrder() throws Exception {
		CsvFile file = csv(mvc, "calendar-submissions-" + CALENDAR, CSV, CALENDAR.toString());
		assertThat(file.header()).containsExactly("submission_id", "country", "edition_year", "title_kk", "title_ru",
				"title_en", "event_type", "city", "start_date", "end_date", "organiser", "link", "description_kk",
				"description_ru", "description_en", "state", "state_reason", "revision", "last_changed_at", "sample");
		getOk("/api/initiatives/{id}/calendar/submissions", CALENDAR.toString())
			.andExpect(jsonPath("$[*].submissionId").value(contains(file.column("submission_id").toArray())));
		assertThat(file.rows()).hasSize(7);
		assertThat(file.row("submission_id", FESTIVAL.toString()).toMap()).containsEntry("country", "KZ")
			.containsEntry("edition_year", "2026")
			.containsEntry("title_kk", "Дала фольк-музыкасы фестивалі")
			.containsEntry("title_ru", "")
			.containsEntry("title_en", "Steppe folk music festival")
			.containsEntry("event_type", "FESTIVAL")
			.containsEntry("start_date", "2026-06-12")
			.containsEntry("end_date", "2026-06-14")
			.containsEntry("description_en", "Three days of dombra, kobyz and song")
			.containsEntry("state", "INCLUDED")
			.containsEntry("revision", "1")
			.containsEntry("last_changed_at", Fixtures.later(110).toString())
			.containsEntry("sample", "false");
		assertThat(file.column("title_en")).contains("Silk Road textiles, patterns; colours");
	}

	@Test
	void aTitleThatWouldRunAsAFormulaIsPlainText() throws Exception {
		CsvFile file = csv(mvc, "calendar-submissions-" + CALENDAR, CSV, CALENDAR.toString());
		assertThat(file.row("submission_id", CalendarStory.id(7).toString()).get("title_en")).isEqualTo("'" + FORMULA);
		// The JSON gives the text as it was submitted: only a spreadsheet needs the
		// guard.
		getOk("/api/initiatives/{id}/calendar/submissions/{s}", CALENDAR.toString(), CalendarStory.id(7).toString())
			.andExpect(jsonPath("$.event.title.en").value(FORMULA));
	}

	@Test
	void thePageLinksToTheSameFileWhichItServesToItsSession() throws Exception {
		getOk("/initiatives/{id}/calendar/2026", CALENDAR.toString()).andExpect(
				content().string(containsString("href=\"/initiatives/" + CALENDAR + "/calendar/submissions.csv\"")));
		CsvFile page = csv(mvc, "calendar-submissions-" + CALENDAR, "/initiatives/{id}/calendar/submissions.csv",
				CALENDAR.toString());
		assertThat(page.text())
			.isEqualTo(csv(mvc, "calendar-submissions-" + CALENDAR, CSV, CALENDAR.toString()).text());
	}

	@Test
	void theFileIsForTheSameRolesAsItsJsonListAndDocumentedAsCsv() throws Exception {
		problem(mvc.perform(get(CSV, CALENDAR.toString()).with(anonymous())), 401);
		csv(mvc, "calendar-submissions-" + CALENDAR, CSV, CALENDAR.toString());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/calendar/submissions.csv'].get.responses.200"
					+ ".content", hasKey("text/csv")))
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/calendar/submissions.csv'].get.responses",
					hasKey("404")));
	}

	@Test
	void anUnknownInitiativeOrOneOfAnotherKindIsAProblem() throws Exception {
		String unknown = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";
		problem(mvc.perform(get(CSV, unknown).accept(MediaType.parseMediaType("text/csv"))), 404);
		problem(mvc.perform(get(CSV, unknown)), 404);
		problem(mvc.perform(get(CSV, ARCHIVE_EXCHANGE.toString())), 404);
		problem(mvc.perform(get(CSV, "not-an-id")), 400);
	}

}
