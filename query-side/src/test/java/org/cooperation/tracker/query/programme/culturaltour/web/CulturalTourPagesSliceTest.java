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

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
		page(get(PAGE).header("Accept-Language", "en"), "cultural-tour")
			.andExpect(model().attribute("overview", overview))
			.andExpect(model().attribute("programme", programme(2026)))
			.andExpect(model().attribute("films", List.of()))
			.andExpect(model().attribute("pageTitle", "Cultural Tour records · Central Asia Cultural Tour"));
		page(get(PAGE).param("year", "2027"), "cultural-tour")
			.andExpect(model().attribute("programme", programme(2027)));
	}

	@Test
	void theTitleAndLabelsAreInTheReadersLanguage() throws Exception {
		given(queries.overview(INITIATIVE)).willReturn(overview());
		given(queries.films(INITIATIVE, null, null)).willReturn(List.of());
		given(queries.programme(INITIATIVE, 2026)).willReturn(versioned(INITIATIVE, programme(2026)));
		page(get(PAGE).header("Accept-Language", "kk"), "cultural-tour")
			.andExpect(model().attribute("pageTitle", "«Мәдени тур» жазбалары · Central Asia Cultural Tour"))
			.andExpect(content().string(allOf(containsString("<html lang=\"kk\">"),
					containsString("Бағдарлама шығарылымдары"), containsString("өткізілген: 2"),
					containsString("2026 жылғы бағдарлама: қабылдаушы елдер бойынша кезеңдер"),
					containsString("Елдер бойынша фильмдерді цифрландыру"), containsString(">Бағаланбаған<"),
					containsString(">Барлық елдер<"), containsString("кезеңдер әлі жоқ"))));
		page(get(PAGE).header("Accept-Language", "ru"), "cultural-tour")
			.andExpect(model().attribute("pageTitle", "Записи «Культурного тура» · Central Asia Cultural Tour"))
			.andExpect(content().string(allOf(containsString("<html lang=\"ru\">"), containsString("Выпуски программы"),
					containsString("проведено: 2"), containsString("Программа 2026 года: этапы по принимающим странам"),
					containsString("Оцифровка фильмов по странам"), containsString(">Не оценён<"),
					containsString(">Все страны<"), containsString("этапов пока нет"))));
	}

	@Test
	void aFilmIsShownWithItsHistoryUnderItsTitle() throws Exception {
		TourOverview overview = overview();
		UUID filmId = UUID.randomUUID();
		ArchivalFilmDetail film = new ArchivalFilmDetail(new ArchivalFilmView(filmId, INITIATIVE, Country.KZ,
				english("Steppe song"), 1964, null, null, false, true, OPENED, OPENED, false), List.of());
		given(queries.overview(INITIATIVE)).willReturn(overview);
		given(queries.film(INITIATIVE, filmId)).willReturn(versioned(filmId, film));
		page(get(PAGE + "/films/{film}", filmId).header("Accept-Language", "ru"), "cultural-tour-film")
			.andExpect(model().attribute("overview", overview))
			.andExpect(model().attribute("detail", film))
			.andExpect(model().attribute("pageTitle", "Steppe song"))
			.andExpect(content().string(allOf(containsString("<h1 lang=\"en\""), containsString("class=\"fallback\""),
					containsString("здесь пока неизвестно"), containsString(">Казахстан<"),
					containsString("Нет: для показа фильм должен быть оцифрован"))));
	}

	@Test
	void aMissingEditionOrAMalformedYearOrFilmGetsTheErrorPage() throws Exception {
		given(queries.overview(INITIATIVE)).willReturn(overview());
		errorPage(get(PAGE).param("year", "2030").header("Accept-Language", "en"), 404,
				"“Central Asia Cultural Tour” has no programme edition for 2030");
		errorPage(get(PAGE).param("year", "2030").header("Accept-Language", "kk"), 404,
				"«Central Asia Cultural Tour» бастамасында 2030 жылғы бағдарлама шығарылымы жоқ");
		errorPage(get(PAGE).param("year", "2030").header("Accept-Language", "ru"), 404,
				"У инициативы «Central Asia Cultural Tour» нет выпуска программы 2030 года");
		errorPage(get(PAGE).param("year", "soon").header("Accept-Language", "en"), 400, "not a valid year");
		errorPage(get(PAGE + "/films/not-a-uuid").header("Accept-Language", "en"), 400, "not a valid film id");
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
