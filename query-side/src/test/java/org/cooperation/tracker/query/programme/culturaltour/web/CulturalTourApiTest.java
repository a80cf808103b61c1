package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.query.Fixtures;

import static org.cooperation.tracker.query.JsonFields.fields;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Cultural Tour's query API, field by field, its problems, and its figures in the
 * status matrix.
 */
class CulturalTourApiTest extends CulturalTourTestBase {

	private static final String UNKNOWN = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";

	@BeforeEach
	void recordTheStory() {
		recordTheTourStory();
	}

	private static String tour(String rest) {
		return "/api/initiatives/" + TOUR + "/cultural-tour" + rest;
	}

	@Test
	void aProgrammeCarriesItsVersionAsETagButAnIfNoneMatchStillGetsItInFull() throws Exception {
		String path = tour("/programmes/2026");
		getOk(path).andExpect(header().string("ETag", "\"6\""));
		mvc.perform(get(path).header("If-None-Match", "\"6\""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"6\""))
			.andExpect(jsonPath("$.hosts[0].legs[1].films[0].state").value("PUBLISHED"));

		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, PLANNED_SCREENING, null),
				Fixtures.recorded(7L, Fixtures.later(40), Fixtures.secretariat())));

		getOk(path).andExpect(header().string("ETag", "\"7\""));
	}

	@Test
	void aFilmCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = tour("/films/" + KZ_QUEUED);
		assertNewEventMovesTheEtag(path, 2,
				() -> films.on(advanced(KZ_QUEUED, DigitisationState.QUEUED, DigitisationState.SCANNING, DECEMBER),
						Fixtures.recorded(3L, Fixtures.later(41), Fixtures.liaison(Country.KZ, "corr-etag"))));
	}

	@Test
	void aProgrammeYearGroupsItsLegsByHostCountry() throws Exception {
		getOk(tour("/programmes/2026")).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.initiativeId").value(TOUR.toString()))
			.andExpect(jsonPath("$.initiativeTitle.en").value("Central Asia Cultural Tour"))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.sample").value(false))
			.andExpect(fields("$.legCounts", "PLANNED", 1, "CONFIRMED", 0, "HELD", 1, "CANCELLED", 1))
			.andExpect(jsonPath("$.hosts[*].host").value(contains("UZ", "KG")))
			.andExpect(jsonPath("$.hosts[0].hostName").value("Uzbekistan"))
			.andExpect(jsonPath("$.hosts[0].legs[*].legId")
				.value(contains(HELD_TOURING.toString(), PLANNED_SCREENING.toString())))
			.andExpect(jsonPath("$.hosts[0].legs[0].kind").value("TOURING_PROGRAMME"))
			.andExpect(jsonPath("$.hosts[0].legs[0].title.en").value("Philharmonic on tour"))
			.andExpect(fields("$.hosts[0].legs[0]", "origin", "KZ", "city", "Tashkent", "startsOn", "2026-03-10",
					"state", "HELD", "heldNote", "Three concerts", "evidence[0]", "https://example.org/press/tashkent",
					"confirmationNote", "Host ministry's letter"))
			.andExpect(jsonPath("$.hosts[0].legs[1].state").value("PLANNED"))
			.andExpect(jsonPath("$.hosts[0].legs[1].title").value(nullValue()))
			.andExpect(jsonPath("$.hosts[0].legs[1].films[*].filmId")
				.value(contains(KZ_PUBLISHED.toString(), UZ_SAMPLE_DIGITISED.toString())))
			.andExpect(jsonPath("$.hosts[0].legs[1].films[0].title.en").value("Steppe song"))
			.andExpect(jsonPath("$.hosts[0].legs[1].films[0].state").value("PUBLISHED"))
			.andExpect(jsonPath("$.hosts[0].legs[1].films[0].rightsCleared").value(true))
			.andExpect(fields("$.hosts[1].legs[0]", "state", "CANCELLED", "cancelledFrom", "PLANNED",
					"cancellationReason", "SAMPLE: venue unavailable", "sample", true));
	}

	@Test
	void anEditionWithoutLegsIsEmptyNotMissing() throws Exception {
		getOk(tour("/programmes/2027")).andExpect(jsonPath("$.hosts", hasSize(0)))
			.andExpect(jsonPath("$.legCounts.PLANNED").value(0));
	}

	@Test
	void aLegIsFoundAtTheLocationTheCommandSideGives() throws Exception {
		getOk(tour("/programmes/2026/legs/" + HELD_TOURING)).andExpect(fields("$", "legId", HELD_TOURING.toString(),
				"year", 2026, "host", "UZ", "venue", "Turkiston palace", "endsOn", "2026-03-12", "plannedAt",
				"2025-11-20T09:21:00Z", "heldAt", "2025-11-20T09:23:00Z", "cancelledAt", nullValue()));
	}

	@Test
	void theOverviewListsTheEditionsAndEveryParticipantsDigitisation() throws Exception {
		getOk(tour("")).andExpect(jsonPath("$.editions[*].year").value(contains(2026, 2027)))
			.andExpect(jsonPath("$.editions[0].legs.HELD").value(1))
			.andExpect(jsonPath("$.digitisation.countries[*].country")
				.value(contains("KZ", "UZ", "KG", "TJ", "TM", "AZ")));
		getOk(tour("/programmes")).andExpect(jsonPath("$[*].year").value(contains(2026, 2027)))
			.andExpect(jsonPath("$[1].legs.PLANNED").value(0));
	}

	@Test
	void eachCountrysFilmsAreCountedByDigitisationState() throws Exception {
		getOk(tour("/digitisation")).andExpect(jsonPath("$.countries[0].country").value("KZ"))
			.andExpect(jsonPath("$.countries[0].countryName").value("Kazakhstan"))
			.andExpect(fields("$.countries[0].byState", "NOT_ASSESSED", 0, "QUEUED", 1, "PUBLISHED", 1))
			.andExpect(fields("$.countries[0]", "films", 2, "digitised", 1, "rightsCleared", 2, "sample", false))
			.andExpect(jsonPath("$.countries[1].byState.DIGITISED").value(1))
			.andExpect(jsonPath("$.countries[1].sample").value(true))
			.andExpect(jsonPath("$.countries[2].films").value(0))
			.andExpect(jsonPath("$.countries[2].byState.NOT_ASSESSED").value(0))
			.andExpect(fields("$.total", "country", nullValue(), "films", 3, "digitised", 2));
	}

	@Test
	void theFilmListIsOrderedByHolderAndTitleAndFilters() throws Exception {
		getOk(tour("/films"))
			.andExpect(jsonPath("$[*].title.en").value(contains("Mountain road", "Steppe song", "Old Bukhara")))
			.andExpect(fields("$[0]", "state", "QUEUED", "digitised", false, "rightsCleared", true))
			.andExpect(fields("$[1]", "state", "PUBLISHED", "stateOn", "2025-12-04", "digitised", true))
			.andExpect(jsonPath("$[2].holder").value("UZ"))
			.andExpect(jsonPath("$[2].sample").value(true));
		mvc.perform(get(tour("/films")).param("holder", "kz").param("state", "published"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].filmId").value(contains(KZ_PUBLISHED.toString())));
		mvc.perform(get(tour("/films")).param("state", "DIGITISED"))
			.andExpect(jsonPath("$[*].filmId").value(contains(UZ_SAMPLE_DIGITISED.toString())));
	}

	@Test
	void aFilmShowsItsWholeHistory() throws Exception {
		getOk(tour("/films/" + KZ_PUBLISHED)).andExpect(jsonPath("$.film.holder").value("KZ"))
			.andExpect(jsonPath("$.film.year").value(1957))
			.andExpect(jsonPath("$.history[*].type")
				.value(contains("REGISTERED", "DIGITISATION", "DIGITISATION", "DIGITISATION", "DIGITISATION")))
			.andExpect(jsonPath("$.history[0].to").value("NOT_ASSESSED"))
			.andExpect(jsonPath("$.history[0].rightsCleared").value(true))
			.andExpect(fields("$.history[3]", "from", "SCANNING", "to", "DIGITISED", "note",
					"Negative in good condition: no restoration needed", "actor", "liaison-kz"))
			.andExpect(jsonPath("$.history[4].on").value("2025-12-04"));
		mvc.perform(get(tour("/films/" + KZ_QUEUED)))
			.andExpect(jsonPath("$.history[2].type").value("RIGHTS"))
			.andExpect(jsonPath("$.history[2].note").value("Licence signed"));
	}

	@Test
	void theStatusMatrixShowsFilmsDigitisedAndLegsHeldPerCountry() throws Exception {
		getOk("/api/status-matrix").andExpect(jsonPath("$.rows[2].initiativeId").value(TOUR.toString()))
			.andExpect(jsonPath("$.rows[2].cells.KZ.figures[0].label").value("film digitised"))
			.andExpect(jsonPath("$.rows[2].cells.KZ.figures[0].value").value(1))
			.andExpect(jsonPath("$.rows[2].cells.KZ.figures[1].label").value("legs held as host"))
			.andExpect(jsonPath("$.rows[2].cells.KZ.figures[1].value").value(0))
			.andExpect(jsonPath("$.rows[2].cells.UZ.figures[0].label").value("film digitised (incl. sample)"))
			.andExpect(jsonPath("$.rows[2].cells.UZ.figures[0].value").value(1))
			.andExpect(jsonPath("$.rows[2].cells.UZ.figures[1].value").value(1))
			.andExpect(jsonPath("$.rows[2].cells.KG.figures[1].label").value("legs held as host"))
			.andExpect(jsonPath("$.rows[2].cells.KG.figures[1].value").value(0))
			.andExpect(jsonPath("$.rows[2].cells.TJ.figures", hasSize(0)))
			.andExpect(jsonPath("$.rows[0].cells.KZ.figures", hasSize(0)));
	}

	@Test
	void recordsOfAnUnknownInitiativeOrOfAnotherKindAreNotFound() throws Exception {
		problem(mvc.perform(get("/api/initiatives/{id}/cultural-tour", UNKNOWN)), 404)
			.andExpect(jsonPath("$.detail").value("no initiative with id " + UNKNOWN));
		problem(mvc.perform(get("/api/initiatives/{id}/cultural-tour/programmes/2026", CALENDAR.toString())), 404)
			.andExpect(jsonPath("$.detail").value(
					"'Central Asian cultural calendar' is a CULTURAL_CALENDAR initiative; it keeps no Cultural Tour records"));
	}

	@Test
	void missingEditionsLegsAndFilmsAreNotFound() throws Exception {
		problem(mvc.perform(get(tour("/programmes/2030"))), 404)
			.andExpect(jsonPath("$.detail").value("'Central Asia Cultural Tour' has no programme edition for 2030"));
		problem(mvc.perform(get(tour("/programmes/2026/legs/" + UNKNOWN))), 404)
			.andExpect(jsonPath("$.detail").value("the 2026 programme has no leg with id " + UNKNOWN));
		problem(mvc.perform(get(tour("/programmes/2027/legs/" + HELD_TOURING))), 404);
		problem(mvc.perform(get(tour("/films/" + UNKNOWN))), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no archival film with id " + UNKNOWN)));
	}

	@Test
	void malformedParametersAreBadRequestsNamingTheValue() throws Exception {
		problem(mvc.perform(get(tour("/programmes/next"))), 400)
			.andExpect(jsonPath("$.detail").value(allOf(containsString("'next'"), containsString("year"))));
		problem(mvc.perform(get(tour("/films/not-a-uuid"))), 400)
			.andExpect(jsonPath("$.detail").value(containsString("filmId")));
		problem(mvc.perform(get(tour("/films")).param("holder", "xx")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'xx'")));
		problem(mvc.perform(get(tour("/films")).param("state", "scanned")), 400)
			.andExpect(jsonPath("$.detail").value(allOf(containsString("unknown digitisation state 'scanned'"),
					containsString("NOT_ASSESSED, QUEUED, SCANNING, RESTORED, DIGITISED, PUBLISHED"))));
	}

	@Test
	void openApiDocumentsTheCulturalTourQueries() throws Exception {
		getOk("/v3/api-docs").andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/cultural-tour")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/cultural-tour/programmes/{year}")))
			.andExpect(jsonPath("$.paths",
					hasKey("/api/initiatives/{initiativeId}/cultural-tour/programmes/{year}/legs/{legId}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/cultural-tour/films")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/cultural-tour/films/{filmId}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/cultural-tour/digitisation")))
			.andExpect(jsonPath("$.paths", not(hasKey("/initiatives/{initiativeId}/cultural-tour"))));
	}

}
