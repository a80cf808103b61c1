package org.cooperation.tracker.query.overview.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview page in Kazakh, Russian and English over the Tashkent story (the calendar:
 * Kazakhstan 40%; the demo archive exchange), and the map's shapes it loads.
 */
class OverviewPagesTest extends QuerySideTestBase {

	@Autowired
	ObjectMapper json;

	@Test
	void inEnglishWithFiguresMapTableLatestChangesAndLinks() throws Exception {
		recordTheTashkentStory();

		page("en")
			.andExpect(content()
				.string(allOf(containsString("<html lang=\"en\""), containsString("<h1>Where the protocol stands</h1>"),
						containsString("Data last updated:"), containsString("datetime=\"2025-11-20T09:30:00Z\""),
						containsString("initiatives recorded"), containsString("class=\"sample\""))))
			// the map: the shapes from the jar, the figures written on the countries, a
			// table with the same figures, linking to each country
			.andExpect(content().string(allOf(containsString("data-map-name=\"central-asia\""),
					containsString("data-map-url=\"/geo/central-asia.json\""), containsString("role=\"img\""),
					containsString("Kazakhstan\\n20%"), containsString("Azerbaijan\\n0%"),
					containsString("href=\"/countries/kz\""), containsString("Average progress"))))
			// the latest changes, with who, linking to the initiative in the reader's
			// language
			.andExpect(content().string(allOf(containsString("Latest changes"), containsString("liaison-kz"),
					containsString("href=\"/initiatives/" + Fixtures.CALENDAR + "\""),
					containsString("Central Asian cultural calendar"), containsString("Progress reported"))))
			.andExpect(content().string(allOf(containsString("href=\"/status-matrix\""),
					containsString("href=\"/swagger-ui.html\""), not(containsString("style=")),
					not(containsString("src=\"http")), not(containsString("href=\"http")))));
	}

	@Test
	void inKazakhByDefaultAndInRussian() throws Exception {
		recordTheTashkentStory();

		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<html lang=\"kk\""), containsString("Хаттаманың орындалу барысы"),
						containsString("Соңғы өзгерістер"), containsString("Қазақстан"),
						containsString("Орталық Азия мәдени күнтізбесі"), containsString("Деректер жаңартылды:"))));
		page("ru").andExpect(content().string(allOf(containsString("<html lang=\"ru\""),
				containsString("Ход выполнения протокола"), containsString("Средний прогресс по странам"),
				containsString("Казахстан"), containsString("Последние изменения"),
				// the calendar has no Russian title: shown in English, marked
				containsString("lang=\"en\" title=\"нет текста на русском; показан на английском\""),
				containsString("class=\"fallback\">Central Asian cultural calendar"))));
	}

	@Test
	void theMapOptionIsJsonInTheReadersLanguage() throws Exception {
		recordTheTashkentStory();

		String html = page("ru").andReturn().getResponse().getContentAsString();
		String attribute = html.replaceAll("(?s).*data-chart=\"([^\"]*)\".*", "$1")
			.replace("&quot;", "\"")
			.replace("&amp;", "&");
		JsonNode option = json.readTree(attribute);
		JsonNode series = option.path("series").path(0);
		assertThat(series.path("map").asText()).isEqualTo("central-asia");
		assertThat(series.path("nameMap").path("KZ").asText()).isEqualTo("Казахстан");
		assertThat(series.path("nameMap").path("AZ").asText()).isEqualTo("Азербайджан");
		assertThat(series.path("data").size()).isEqualTo(6);
		JsonNode kazakhstan = series.path("data").path(0);
		assertThat(kazakhstan.path("name").asText()).isEqualTo("Казахстан");
		assertThat(kazakhstan.path("value").asInt()).isEqualTo(20);
		assertThat(kazakhstan.path("label").path("formatter").asText()).isEqualTo("Казахстан\n20\u00a0%");
		assertThat(option.path("visualMap").path("pieces").size()).isEqualTo(4);
	}

	@Test
	void emptyReadModelsSayNothingIsRecorded() throws Exception {
		emptyReadModels();

		page("en").andExpect(content().string(allOf(containsString("Nothing has been recorded yet."),
				containsString("no initiative"), not(containsString("<table aria-labelledby=\"latest-title\"")))));
	}

	@Test
	void aChangeRecordedThisMonthIsCounted() throws Exception {
		emptyReadModels();
		project(() -> {
			InitiativeProposed proposed = new InitiativeProposed(InitiativeId.random(), Fixtures.TASHKENT,
					Fixtures.CULTURAL_EXCHANGE, InitiativeKind.OTHER, LocalizedText.english("Proposed today"), null,
					Country.KZ, Set.of(Country.KZ, Country.UZ, Country.KG));
			initiativesProjection.on(proposed, Fixtures.recorded(0L, Instant.now(), Fixtures.secretariat()));
			historyProjection.on(proposed, "today", Fixtures.recorded(0L, Instant.now(), Fixtures.secretariat()));
		});

		getOk("/api/overview").andExpect(jsonPath("$.recordedThisMonth.records").value(3))
			.andExpect(jsonPath("$.byStatus[0].status").value("PROPOSED"))
			.andExpect(jsonPath("$.byStatus[0].initiatives").value(1))
			.andExpect(jsonPath("$.countries[0].country").value("KZ"))
			.andExpect(jsonPath("$.countries[0].averagePercent").value(0))
			.andExpect(jsonPath("$.latest[0].initiativeTitle.en").value("Proposed today"));
	}

	@Test
	void theMapsShapesAreServedFromTheJarSmallWithTheSixCodes() throws Exception {
		MvcResult shapes = mvc.perform(get("/geo/central-asia.json")).andExpect(status().isOk()).andReturn();

		byte[] body = shapes.getResponse().getContentAsByteArray();
		assertThat(body.length).as("bytes").isLessThan(100 * 1024);
		JsonNode collection = json.readTree(body);
		assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
		List<String> codes = new ArrayList<>();
		collection.path("features").forEach((feature) -> codes.add(feature.path("properties").path("name").asText()));
		assertThat(codes).containsExactlyInAnyOrder("KZ", "UZ", "KG", "TJ", "TM", "AZ");
	}

	private ResultActions page(String language) throws Exception {
		return mvc.perform(get("/").header("Accept-Language", language).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

}
