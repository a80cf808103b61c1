package org.cooperation.tracker.query.programme.culturaltour.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.CsvAnswers.csv;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The Cultural Tour's legs and films as CSV, beside their JSON lists. */
class CulturalTourDownloadsTest extends CulturalTourTestBase {

	static final String BASE = "/api/initiatives/{id}/cultural-tour";

	static final ArchivalFilmId FORMULA_FILM = new ArchivalFilmId(
			UUID.fromString("5c1d2e3f-0000-4c6d-8e7f-0000000000f9"));

	static final String FORMULA = "=HYPERLINK(\"https://example.org/x\",\"click\")";

	@BeforeEach
	void recordTheStory() {
		recordTheTourStory();
		project(() -> films.on(registered(FORMULA_FILM, Country.KZ, FORMULA, 1970, false),
				Fixtures.recorded(0L, Fixtures.later(11), Fixtures.liaison(Country.KZ, "f9"))));
	}

	@Test
	void everyLegOfEveryEditionIsALineAsTheJsonListHasThem() throws Exception {
		CsvFile legs = csv(mvc, "cultural-tour-legs-" + TOUR, BASE + "/legs.csv", TOUR.toString());
		assertThat(legs.header()).containsExactly("leg_id", "year", "kind", "title_kk", "title_ru", "title_en",
				"origin", "host", "city", "venue", "starts_on", "ends_on", "state", "film_ids", "confirmation_note",
				"held_note", "evidence", "cancelled_from", "cancellation_reason", "planned_at", "confirmed_at",
				"held_at", "cancelled_at", "sample");
		assertThat(legs.column("leg_id")).containsExactly(HELD_TOURING.toString(), PLANNED_SCREENING.toString(),
				CANCELLED_EXHIBITION.toString());
		getOk(BASE + "/legs", TOUR.toString()).andExpect(header().string("X-Total-Count", "3"))
			.andExpect(jsonPath("$[*].legId").value(contains(legs.column("leg_id").toArray())));
		assertThat(legs.row("leg_id", HELD_TOURING.toString()).toMap()).containsEntry("year", "2026")
			.containsEntry("kind", "TOURING_PROGRAMME")
			.containsEntry("title_en", "Philharmonic on tour")
			.containsEntry("origin", "KZ")
			.containsEntry("host", "UZ")
			.containsEntry("starts_on", "2026-03-10")
			.containsEntry("state", "HELD")
			.containsEntry("held_note", "Three concerts")
			.containsEntry("evidence", "https://example.org/press/tashkent")
			.containsEntry("held_at", Fixtures.later(23).toString());
		assertThat(legs.row("leg_id", PLANNED_SCREENING.toString()).get("film_ids"))
			.isEqualTo(KZ_PUBLISHED + "; " + UZ_SAMPLE_DIGITISED);
		assertThat(legs.row("leg_id", CANCELLED_EXHIBITION.toString()).toMap())
			.containsEntry("kind", "RETROSPECTIVE_EXHIBITION")
			.containsEntry("cancelled_from", "PLANNED")
			.containsEntry("sample", "true");
	}

	@Test
	void everyEditionIsALineWithItsLegsCountedByState() throws Exception {
		CsvFile programmes = csv(mvc, "cultural-tour-programmes-" + TOUR, BASE + "/programmes.csv", TOUR.toString());
		assertThat(programmes.header()).containsExactly("year", "opened_at", "legs_planned", "legs_confirmed",
				"legs_held", "legs_cancelled", "sample");
		assertThat(programmes.rows().get(0).values()).containsExactly("2026", Fixtures.later(20).toString(), "1", "0",
				"1", "1", "false");
		assertThat(programmes.rows().get(1).values()).containsExactly("2027", Fixtures.later(30).toString(), "0", "0",
				"0", "0", "false");
		getOk(BASE + "/programmes", TOUR.toString()).andExpect(jsonPath("$[*].year").value(contains(2026, 2027)));
	}

	@Test
	void everyFilmIsALineWithItsDigitisationStateAndAFormulaTitleIsPlainText() throws Exception {
		CsvFile films = csv(mvc, "cultural-tour-films-" + TOUR, BASE + "/films.csv", TOUR.toString());
		assertThat(films.header()).containsExactly("film_id", "holder", "title_kk", "title_ru", "title_en", "year",
				"digitisation_state", "state_on", "digitised", "rights_cleared", "registered_at", "last_recorded_at",
				"sample");
		getOk(BASE + "/films", TOUR.toString())
			.andExpect(jsonPath("$[*].filmId").value(contains(films.column("film_id").toArray())));
		assertThat(films.row("film_id", KZ_PUBLISHED.toString()).toMap()).containsEntry("holder", "KZ")
			.containsEntry("title_en", "Steppe song")
			.containsEntry("year", "1957")
			.containsEntry("digitisation_state", "PUBLISHED")
			.containsEntry("state_on", "2025-12-04")
			.containsEntry("digitised", "true")
			.containsEntry("rights_cleared", "true");
		assertThat(films.row("film_id", FORMULA_FILM.toString()).get("title_en")).isEqualTo("'" + FORMULA);
	}

	@Test
	void thePageLinksToBothFilesAndServesThem() throws Exception {
		getOk("/initiatives/{id}/cultural-tour", TOUR.toString())
			.andExpect(
					content().string(containsString("href=\"/initiatives/" + TOUR + "/cultural-tour/programmes.csv\"")))
			.andExpect(content().string(containsString("href=\"/initiatives/" + TOUR + "/cultural-tour/legs.csv\"")))
			.andExpect(content().string(containsString("href=\"/initiatives/" + TOUR + "/cultural-tour/films.csv\"")));
		csv(mvc, "cultural-tour-legs-" + TOUR, "/initiatives/{id}/cultural-tour/legs.csv", TOUR.toString());
		csv(mvc, "cultural-tour-films-" + TOUR, "/initiatives/{id}/cultural-tour/films.csv", TOUR.toString());
	}

	@Test
	void anUnknownInitiativeOrOneOfAnotherKindIsAProblem() throws Exception {
		String unknown = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";
		for (String file : new String[] { "/programmes.csv", "/legs.csv", "/films.csv", "/legs" }) {
			problem(mvc.perform(get(BASE + file, unknown)), 404);
			problem(mvc.perform(get(BASE + file, CALENDAR.toString())), 404);
		}
	}

}
