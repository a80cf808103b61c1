package org.cooperation.tracker.query.programme.culturaltour.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmDetail;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmView;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.DigitisationCounts;
import org.cooperation.tracker.query.programme.culturaltour.TourLegView;
import org.cooperation.tracker.query.programme.culturaltour.TourOverview;
import org.cooperation.tracker.query.programme.culturaltour.TourProgrammeView;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link CulturalTourApi} in a slice: the overview, a programme whose ETag never brings a
 * 304, a leg, the films with their filters, one film with its ETag and the digitisation
 * counts, and the problems for what is unknown or malformed.
 */
class CulturalTourApiSliceTest extends QuerySliceTest {

	static final String BASE = "/api/initiatives/" + INITIATIVE + "/cultural-tour";

	@Autowired
	CulturalTourQueries queries;

	@Test
	void theOverviewTheEditionsALegAndTheDigitisationCountsAreJson() throws Exception {
		given(queries.overview(INITIATIVE)).willReturn(mock(TourOverview.class));
		json(get(BASE));
		given(queries.editions(INITIATIVE)).willReturn(List.of());
		json(get(BASE + "/programmes")).andExpect(jsonPath("$", hasSize(0)));
		UUID leg = UUID.randomUUID();
		given(queries.leg(INITIATIVE, 2026, leg)).willReturn(mock(TourLegView.class));
		json(get(BASE + "/programmes/2026/legs/{leg}", leg));
		given(queries.digitisation(INITIATIVE)).willReturn(mock(DigitisationCounts.class));
		json(get(BASE + "/digitisation"));
	}

	@Test
	void aProgrammeCarriesItsVersionAsETagButAnIfNoneMatchStillGetsItInFull() throws Exception {
		given(queries.programme(INITIATIVE, 2026)).willReturn(versioned(INITIATIVE, mock(TourProgrammeView.class)));
		json(get(BASE + "/programmes/2026").header("If-None-Match", "\"3\""))
			.andExpect(header().string("ETag", "\"3\""));
	}

	@Test
	void theFilmsAreFilteredByHolderAndStateInAnyCaseAndOneCarriesItsVersionAsETag() throws Exception {
		given(queries.films(INITIATIVE, Country.KG, DigitisationState.DIGITISED))
			.willReturn(List.of(mock(ArchivalFilmView.class)));
		list(get(BASE + "/films?holder=kg&state=digitised"), 1, 1);
		UUID film = UUID.randomUUID();
		given(queries.film(INITIATIVE, film)).willReturn(versioned(film, mock(ArchivalFilmDetail.class)));
		expectRecord(BASE + "/films/" + film, 3);
	}

	@Test
	void unknownRecordsAreNotFound() throws Exception {
		given(queries.overview(UUID.fromString(UNKNOWN))).willThrow(notFound("no initiative with id " + UNKNOWN));
		problem(get("/api/initiatives/{id}/cultural-tour", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value("no initiative with id " + UNKNOWN));
		given(queries.programme(INITIATIVE, 2030))
			.willThrow(notFound("'Central Asia Cultural Tour' has no programme edition for 2030"));
		problem(get(BASE + "/programmes/2030"), 404)
			.andExpect(jsonPath("$.detail").value("'Central Asia Cultural Tour' has no programme edition for 2030"));
		given(queries.film(INITIATIVE, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("initiative " + INITIATIVE + " has no archival film with id " + UNKNOWN));
		problem(get(BASE + "/films/" + UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no archival film with id " + UNKNOWN)));
	}

	@Test
	void malformedParametersAreBadRequestsNamingTheValue() throws Exception {
		problem(get(BASE + "/programmes/next"), 400)
			.andExpect(jsonPath("$.detail").value(allOf(containsString("'next'"), containsString("year"))));
		problem(get(BASE + "/films/not-a-uuid"), 400).andExpect(jsonPath("$.detail").value(containsString("filmId")));
		problem(get(BASE + "/films").param("holder", "xx"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'xx'")));
		problem(get(BASE + "/films").param("state", "scanned"), 400)
			.andExpect(jsonPath("$.detail").value(allOf(containsString("unknown digitisation state 'scanned'"),
					containsString("NOT_ASSESSED, QUEUED, SCANNING, RESTORED, DIGITISED, PUBLISHED"))));
	}

}
