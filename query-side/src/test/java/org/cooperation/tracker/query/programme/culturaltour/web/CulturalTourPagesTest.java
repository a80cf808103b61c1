package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.programme.culturaltour.CountryDigitisation;
import org.cooperation.tracker.query.programme.culturaltour.TourOverview;

import static org.assertj.core.api.Assertions.assertThat;
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

	static final String PAGE = "/initiatives/{id}/cultural-tour";

	static final String FILM = "/initiatives/{id}/cultural-tour/films/{film}";

	@Autowired
	ObjectMapper json;

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
		mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
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
		mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Film digitisation by country"),
					containsString("Not assessed"), containsString("All countries"), containsString("Turkmenistan"),
					containsString("Steppe song"), containsString("Mountain road"), containsString("Old Bukhara"),
					containsString("Published, rights cleared"),
					containsString("<time datetime=\"2025-12-04\">since Dec 4, 2025</time>"),
					containsString(">sample<"), not(containsString("Not cleared")))));
	}

	@Test
	void aFilmPageShowsTheFilmAndItsHistory() throws Exception {
		mvc.perform(get(PAGE, TOUR.toString()))
			.andExpect(content()
				.string(containsString("href=\"/initiatives/" + TOUR + "/cultural-tour/films/" + KZ_PUBLISHED + "\"")));
		mvc.perform(get(FILM, TOUR.toString(), KZ_PUBLISHED.toString()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 lang=\"en\">Steppe song</h1>"),
					containsString("Kazakhstan"), containsString("1957"), containsString("Registered"),
					containsString("Negative in good condition: no restoration needed"), containsString("liaison-kz"),
					containsString("<time datetime=\"2025-12-04\">reached Dec 4, 2025</time>"),
					containsString(">Yes<"))));
		mvc.perform(get(FILM, TOUR.toString(), KZ_QUEUED.toString()).header("Accept-Language", "en"))
			.andExpect(content().string(allOf(containsString("Rights cleared"), containsString("Licence signed"),
					containsString("No: a screening needs it digitised"))));
		mvc.perform(get(FILM, TOUR.toString(), HELD_TOURING.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("has no archival film with id")));
	}

	@Test
	void anotherYearIsShownWhenAskedFor() throws Exception {
		mvc.perform(get(PAGE, TOUR.toString()).param("year", "2027").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Programme 2027: legs by host country"),
					containsString("No leg has been planned in this edition yet."))));
	}

	@Test
	void thePageLoadsNothingFromElsewhere() throws Exception {
		mvc.perform(get(PAGE, TOUR.toString()))
			.andExpect(content().string(allOf(containsString("href=\"/css/cultural-tour.css\""),
					not(containsString("<script>")), not(containsString("src=\"http")))));
		getOk("/css/cultural-tour.css");
	}

	@Test
	void aMissingEditionOrAnInitiativeOfAnotherKindGetsAnErrorPage() throws Exception {
		mvc.perform(get(PAGE, TOUR.toString()).param("year", "2030")
			.header("Accept-Language", "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("has no programme edition for 2030")));
		mvc.perform(get(PAGE, TOUR.toString()).param("year", "2030")
			.header("Accept-Language", "kk")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("2030 жылғы бағдарлама шығарылымы жоқ")));
		mvc.perform(get(PAGE, CALENDAR.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("it keeps no Cultural Tour records")));
		mvc.perform(get(PAGE, TOUR.toString()).param("year", "soon")
			.header("Accept-Language", "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("not a valid year"), not(containsString("Exception")))));
	}

	@Test
	void kazakhAndRussianReadersReadTheRecordsInTheirLanguage() throws Exception {
		mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "kk"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>«Мәдени тур» жазбалары ·"),
					containsString("Қабылдаушы ел: Өзбекстан"), containsString(">Гастрольдік бағдарлама<"),
					containsString(">Өткізілген<"), containsString("жоспарланған: 1, өткізілген: 1, болдырылмаған: 1"),
					containsString("Болдырылмады: SAMPLE: venue unavailable"), containsString(">Жарияланған<"),
					containsString("Жарияланған, көрсету құқығы алынған"), containsString(">Барлық елдер<"),
					containsString("Мұрағат фильмдері"), containsString(">Алынған<"))));
		mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Записи «Культурного тура» ·"),
					containsString("Принимающая страна: Узбекистан"), containsString(">Гастрольная программа<"),
					containsString(">Проведён<"), containsString("запланировано: 1, проведено: 1, отменено: 1"),
					containsString("из состояния «Запланирован»"), containsString(">Опубликован<"),
					containsString("<time datetime=\"2025-12-04\">с 4 дек. 2025 г.</time>"),
					containsString(">Все страны<"), containsString("Архивные фильмы"))));
		String film = mvc.perform(get(FILM, TOUR.toString(), KZ_PUBLISHED.toString()).header("Accept-Language", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Зарегистрирован, права на показ получены"),
					containsString(">Казахстан<"), containsString("Сканируется"), containsString(">Да<"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Recorded in English only: shown in English and marked so.
		assertThat(film).containsPattern("<h1 [^>]*lang=\"en\"[^>]*>Steppe song</h1>")
			.containsPattern("<h1 [^>]*class=\"fallback\"");
	}

	@Test
	void theDigitisationChartStacksTheTablesFiguresOneBarPerCountry() throws Exception {
		MvcResult page = mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("style=\""))))
			.andReturn();
		assertThat(page.getResponse().getContentAsString())
			.containsPattern("<div class=\"chart digitisation-chart\"[^>]* role=\"img\"")
			.containsPattern("<div class=\"chart digitisation-chart\"[^>]* aria-label=\"Stacked bar chart")
			.containsPattern("<div class=\"chart digitisation-chart\"[^>]* data-chart=\"\\{");
		TourOverview overview = (TourOverview) page.getModelAndView().getModel().get("overview");
		JsonNode option = json.readTree((String) page.getModelAndView().getModel().get("digitisationChart"));
		List<CountryDigitisation> countries = overview.digitisation().countries();
		assertThat(countries).extracting(CountryDigitisation::films).contains(2L, 1L);

		// One bar per country, named in the reader's language, in the table's order.
		assertThat(option.at("/xAxis/data")).extracting(JsonNode::asText)
			.containsExactlyElementsOf(countries.stream().map((c) -> c.country().nameEn()).toList());
		// One stack per digitisation state, in the order the work is done.
		JsonNode series = option.get("series");
		assertThat(series).extracting((s) -> s.get("name").asText())
			.containsExactly("Not assessed", "Queued", "Scanning", "Restored", "Digitised", "Published");
		assertThat(series).allSatisfy((s) -> {
			assertThat(s.get("type").asText()).isEqualTo("bar");
			assertThat(s.get("stack").asText()).isEqualTo("films");
		});
		// Each bar's stacks add up to the country's films; each stack's bars to the total
		// row's cell of that state.
		for (int i = 0; i < countries.size(); i++) {
			int bar = i;
			long stacked = 0;
			for (JsonNode s : series) {
				stacked += s.get("data").get(bar).asLong();
			}
			assertThat(stacked).as(countries.get(i).country().nameEn()).isEqualTo(countries.get(i).films());
		}
		DigitisationState[] states = DigitisationState.values();
		for (int s = 0; s < states.length; s++) {
			long total = 0;
			for (JsonNode count : series.get(s).get("data")) {
				total += count.asLong();
			}
			assertThat(total).as(states[s].name()).isEqualTo(overview.digitisation().total().byState().get(states[s]));
		}
		// Kazakhstan: one film published, one queued; Uzbekistan: one digitised.
		int kz = countries.stream().map(CountryDigitisation::country).toList().indexOf(Country.KZ);
		int uz = countries.stream().map(CountryDigitisation::country).toList().indexOf(Country.UZ);
		assertThat(series.get(DigitisationState.PUBLISHED.ordinal()).get("data").get(kz).asLong()).isEqualTo(1);
		assertThat(series.get(DigitisationState.QUEUED.ordinal()).get("data").get(kz).asLong()).isEqualTo(1);
		assertThat(series.get(DigitisationState.DIGITISED.ordinal()).get("data").get(uz).asLong()).isEqualTo(1);

		// The reader's language: the names of the countries and states in Russian.
		MvcResult russian = mvc.perform(get(PAGE, TOUR.toString()).header("Accept-Language", "ru")).andReturn();
		JsonNode inRussian = json.readTree((String) russian.getModelAndView().getModel().get("digitisationChart"));
		assertThat(inRussian.at("/xAxis/data/" + kz).asText()).isEqualTo("Казахстан");
		assertThat(inRussian.at("/series/5/name").asText()).isEqualTo("Опубликован");
		assertThat(inRussian.at("/aria/label/description").asText()).startsWith("Столбчатая диаграмма");
	}

}
