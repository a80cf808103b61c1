package org.cooperation.tracker.query.programme.culturaltour.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmDetail;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmView;
import org.cooperation.tracker.query.programme.culturaltour.CountryDigitisation;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.DigitisationCounts;
import org.cooperation.tracker.query.programme.culturaltour.EditionSummary;
import org.cooperation.tracker.query.programme.culturaltour.TourOverview;
import org.cooperation.tracker.query.programme.culturaltour.TourProgrammeView;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link CulturalTourPages} in a slice: the edition shown by default (the latest with
 * legs, not one opened ahead of time) or as asked, a film's page, and the error page for
 * a missing edition or a malformed year.
 */
class CulturalTourPagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/cultural-tour";

	static final Instant OPENED = Instant.parse("2026-01-10T09:00:00Z");

	@Autowired
	CulturalTourQueries queries;

	@Test
	void theLatestEditionWithLegsIsShownUnlessAnotherIsAskedFor() throws Exception {
		TourOverview overview = overview();
		given(queries.overview(INITIATIVE)).willReturn(overview);
		given(queries.films(INITIATIVE, null, null)).willReturn(List.of());
		given(queries.programme(INITIATIVE, 2026)).willReturn(versioned(INITIATIVE, programme(2026)));
		given(queries.programme(INITIATIVE, 2027)).willReturn(versioned(INITIATIVE, programme(2027)));
		page(get(PAGE), "cultural-tour").andExpect(model().attribute("overview", overview))
			.andExpect(model().attribute("programme", programme(2026)))
			.andExpect(model().attribute("films", List.of()))
			.andExpect(model().attribute("pageTitle", "Cultural Tour records · Central Asia Cultural Tour"));
		page(get(PAGE).param("year", "2027"), "cultural-tour")
			.andExpect(model().attribute("programme", programme(2027)));
	}

	@Test
	void aFilmIsShownWithItsHistoryUnderItsTitle() throws Exception {
		TourOverview overview = overview();
		UUID filmId = UUID.randomUUID();
		ArchivalFilmDetail film = new ArchivalFilmDetail(new ArchivalFilmView(filmId, INITIATIVE, Country.KZ,
				english("Steppe song"), 1964, null, null, false, true, OPENED, OPENED, false), List.of());
		given(queries.overview(INITIATIVE)).willReturn(overview);
		given(queries.film(INITIATIVE, filmId)).willReturn(versioned(filmId, film));
		page(get(PAGE + "/films/{film}", filmId), "cultural-tour-film")
			.andExpect(model().attribute("overview", overview))
			.andExpect(model().attribute("detail", film))
			.andExpect(model().attribute("pageTitle", "Steppe song"));
	}

	@Test
	void aMissingEditionOrAMalformedYearOrFilmGetsTheErrorPage() throws Exception {
		given(queries.overview(INITIATIVE)).willReturn(overview());
		given(queries.programme(INITIATIVE, 2030))
			.willThrow(notFound("'Central Asia Cultural Tour' has no programme edition for 2030"));
		errorPage(get(PAGE).param("year", "2030"), 404, "has no programme edition for 2030");
		errorPage(get(PAGE).param("year", "soon"), 400, "not a valid year");
		errorPage(get(PAGE + "/films/not-a-uuid"), 400, "not a valid film id");
		given(queries.overview(UUID.fromString(UNKNOWN))).willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/cultural-tour/films/{f}", UNKNOWN, UUID.randomUUID()), 404,
				"no initiative with id " + UNKNOWN);
	}

	/** Two editions, the later opened ahead of time with no leg yet, and no film. */
	private static TourOverview overview() {
		return new TourOverview(INITIATIVE, english("Central Asia Cultural Tour"),
				List.of(new EditionSummary(2026, OPENED, false, Map.of(TourLegState.HELD, 2L)),
						new EditionSummary(2027, OPENED, false, Map.of())),
				new DigitisationCounts(INITIATIVE, List.of(),
						new CountryDigitisation(null, "All countries", Map.of(), 0, 0, 0, false)));
	}

	private static TourProgrammeView programme(int year) {
		return new TourProgrammeView(INITIATIVE, english("Central Asia Cultural Tour"), year, OPENED, false, Map.of(),
				List.of());
	}

}
