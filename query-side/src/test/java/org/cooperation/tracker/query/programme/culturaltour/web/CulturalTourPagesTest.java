package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officials' Cultural Tour page: legs by host, digitisation by country, the films.
 */
class CulturalTourPagesTest extends CulturalTourTestBase {

	@BeforeEach
	void recordTheStory() {
		recordTheTourStory();
	}

	@Test
	void theInitiativePageLinksToTheRecordsOfItsKindOnly() throws Exception {
		assertInitiativePageLinksTo(TOUR, "cultural-tour");
		getOk("/initiatives/{id}", CALENDAR.toString())
			.andExpect(content().string(not(containsString("/cultural-tour"))));
	}

	@Test
	void theLatestEditionWithLegsIsShownByHostCountry() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Central Asia Cultural Tour"),
					containsString("Programme 2026: legs by host country"), containsString("Hosted by Uzbekistan"),
					containsString("Hosted by Kyrgyzstan"), containsString("Philharmonic on tour"),
					containsString("Touring programme"), containsString(">Held<"), containsString("leg-held"),
					containsString("Cancelled: SAMPLE: venue unavailable"),
					containsString("href=\"https://example.org/press/tashkent\""))))
			.andExpect(content().string(allOf(containsString("1 planned, 1 held, 1 cancelled"),
					containsString("no legs yet"), containsString("aria-current=\"page\""))));
	}

	@Test
	void digitisationAndFilmsAreTabledWithSampleMarked() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()))
			.andExpect(content().string(allOf(containsString("Film digitisation by country"),
					containsString("Not assessed"), containsString("All countries"), containsString("Turkmenistan"),
					containsString("Steppe song"), containsString("Mountain road"), containsString("Old Bukhara"),
					containsString("Published, rights cleared"), containsString("since <time datetime=\"2025-12-04\""),
					containsString(">sample<"), not(containsString("Not cleared")))));
	}

	@Test
	void aFilmPageShowsTheFilmAndItsHistory() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()))
			.andExpect(content()
				.string(containsString("href=\"/initiatives/" + TOUR + "/cultural-tour/films/" + KZ_PUBLISHED + "\"")));
		getOk("/initiatives/{id}/cultural-tour/films/{film}", TOUR.toString(), KZ_PUBLISHED.toString())
			.andExpect(content().string(allOf(containsString("<h1 lang=\"en\">Steppe song</h1>"),
					containsString("Kazakhstan"), containsString("1957"), containsString("Registered"),
					containsString("Negative in good condition: no restoration needed"), containsString("liaison-kz"),
					containsString("reached <time datetime=\"2025-12-04\""), containsString(">Yes<"))));
		mvc.perform(get("/initiatives/{id}/cultural-tour/films/{film}", TOUR.toString(), KZ_QUEUED.toString()))
			.andExpect(content().string(allOf(containsString("Rights cleared"), containsString("Licence signed"),
					containsString("No: a screening needs it digitised"))));
		mvc.perform(get("/initiatives/{id}/cultural-tour/films/{film}", TOUR.toString(), HELD_TOURING.toString())
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("has no archival film with id")));
	}

	@Test
	void anotherYearIsShownWhenAskedFor() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()).param("year", "2027"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Programme 2027: legs by host country"),
					containsString("No leg has been planned in this edition yet."))));
	}

	@Test
	void thePageLoadsNothingFromElsewhere() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()))
			.andExpect(content().string(allOf(containsString("href=\"/css/cultural-tour.css\""),
					not(containsString("<script")), not(containsString("src=\"http")))));
		getOk("/css/cultural-tour.css");
	}

	@Test
	void aMissingEditionOrAnInitiativeOfAnotherKindGetsAnErrorPage() throws Exception {
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()).param("year", "2030")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("has no programme edition for 2030")));
		mvc.perform(get("/initiatives/{id}/cultural-tour", CALENDAR.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("it keeps no Cultural Tour records")));
		mvc.perform(get("/initiatives/{id}/cultural-tour", TOUR.toString()).param("year", "soon")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("not a valid year"), not(containsString("Exception")))));
	}

}
