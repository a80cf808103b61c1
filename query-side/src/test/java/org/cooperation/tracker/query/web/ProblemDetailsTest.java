package org.cooperation.tracker.query.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.http.MediaType;

import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.TASHKENT;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** Every client mistake is a 4xx RFC 9457 problem that says what was wrong. */
class ProblemDetailsTest extends QuerySideTestBase {

	private static final String UNKNOWN = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";

	@BeforeEach
	void recordTheStory() {
		recordTheTashkentStory();
	}

	@Test
	void unknownInitiativeIsNotFound() throws Exception {
		problem(mvc.perform(get("/api/initiatives/{id}", UNKNOWN)), 404)
			.andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("no initiative with id " + UNKNOWN))
			.andExpect(jsonPath("$.instance").value("/api/initiatives/" + UNKNOWN));
	}

	/**
	 * The same refusal in Kazakh, Russian, and in Kazakh for a language the tracker does
	 * not speak; a detail the read models give only in English says so.
	 */
	@Test
	void aProblemIsWordedInTheCallersLanguage() throws Exception {
		problem(mvc.perform(get("/api/initiatives/not-a-uuid").header("Accept-Language", "kk")), 400)
			.andExpect(header().string("Content-Language", "kk"))
			.andExpect(jsonPath("$.title").value("Жарамсыз мән"))
			.andExpect(jsonPath("$.detail").value(
					"'not-a-uuid' жарамды initiativeId емес: UUID күтілген, мысалы 3f1c2a9e-8b4d-4c6e-9a51-2d7f0b8e6c13"));
		problem(mvc.perform(get("/api/initiatives/not-a-uuid").header("Accept-Language", "ru-RU,ru;q=0.9")), 400)
			.andExpect(header().string("Content-Language", "ru"))
			.andExpect(jsonPath("$.title").value("Недопустимое значение"))
			.andExpect(jsonPath("$.detail").value(startsWith("'not-a-uuid' — недопустимое значение initiativeId")));
		problem(mvc.perform(get("/api/initiatives/not-a-uuid").header("Accept-Language", "de")), 400)
			.andExpect(header().string("Content-Language", "kk"))
			.andExpect(jsonPath("$.title").value("Жарамсыз мән"));
		problem(mvc.perform(get("/api/initiatives/{id}", UNKNOWN).header("Accept-Language", "ru")), 404)
			.andExpect(jsonPath("$.title").value("Не найдено"))
			.andExpect(jsonPath("$.detailLanguage").value("en"));
		problem(mvc.perform(get("/api/initiatives/{id}", UNKNOWN)), 404)
			.andExpect(header().string("Content-Language", "en"))
			.andExpect(jsonPath("$.detailLanguage").doesNotExist());
	}

	@Test
	void unknownProtocolDirectionSignatureAndReportAreNotFound() throws Exception {
		problem(mvc.perform(get("/api/protocols/{id}", UNKNOWN)), 404)
			.andExpect(jsonPath("$.detail").value("no protocol with id " + UNKNOWN));
		problem(mvc.perform(get("/api/protocols/{id}/directions/{d}", TASHKENT.toString(), UNKNOWN)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no direction with id " + UNKNOWN)));
		problem(mvc.perform(get("/api/protocols/{id}/signatures/UZ", TASHKENT.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no signature of Uzbekistan (UZ)")));
		problem(mvc.perform(get("/api/initiatives/{id}/progress-reports/{r}", CALENDAR.toString(), UNKNOWN)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no progress report with id " + UNKNOWN)));
	}

	@Test
	void malformedIdIsABadRequestNamingTheValue() throws Exception {
		problem(mvc.perform(get("/api/initiatives/not-a-uuid")), 400)
			.andExpect(jsonPath("$.title").value("Invalid value"))
			.andExpect(jsonPath("$.detail")
				.value(allOf(containsString("'not-a-uuid'"), containsString("initiativeId"), containsString("UUID"))));
		problem(mvc.perform(get("/api/protocols/{id}/directions/42", TASHKENT.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("directionId")));
	}

	@Test
	void unknownCountryCodeIsABadRequestListingTheKnownOnes() throws Exception {
		problem(mvc.perform(get("/api/countries/XX/initiatives")), 400).andExpect(jsonPath("$.detail")
			.value(allOf(containsString("unknown country 'XX'"), containsString("KZ, UZ, KG, TJ, TM, AZ"))));
		problem(mvc.perform(get("/api/protocols/{id}/signatures/ru", TASHKENT.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'ru'")));
	}

	@Test
	void unknownPathIsANotFoundProblem() throws Exception {
		problem(mvc.perform(get("/api/no-such-thing")), 404)
			.andExpect(jsonPath("$.detail").value(containsString("/api/no-such-thing")));
	}

	@Test
	void writingIsNotAllowedHere() throws Exception {
		problem(mvc.perform(post("/api/initiatives").contentType(MediaType.APPLICATION_JSON).content("{}")), 405);
	}

	@Test
	void problemsNeverCarryAStackTrace() throws Exception {
		mvc.perform(get("/api/initiatives/{id}", UUID.randomUUID()))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at org."))));
	}

}
