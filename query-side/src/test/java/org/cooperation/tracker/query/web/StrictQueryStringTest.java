package org.cooperation.tracker.query.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.cooperation.tracker.query.QuerySideTestBase;

import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The query API reads only the parameters its handlers declare: anything else, or a
 * parameter given twice, is a 400 that names it rather than an answer to another
 * question. Pages, springdoc and actuator are not held to it.
 */
class StrictQueryStringTest extends QuerySideTestBase {

	private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

	@Test
	void anUnknownParameterIsRefusedByName() throws Exception {
		problem(mvc.perform(get("/api/status-matrix?asof=2026-01-01")), 400).andExpect(jsonPath("$.detail")
			.value("the query parameter 'asof' is not one this address reads; it reads asOf, effectiveOn"));
		problem(mvc.perform(get("/api/protocols?page=0&limit=5")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("'limit'")))
			.andExpect(jsonPath("$.detail").value(containsString("it reads page, size")));
		problem(mvc.perform(get("/api/overview?x")), 400).andExpect(
				jsonPath("$.detail").value("the query parameter 'x' is not one this address reads; it reads none"));
	}

	@Test
	void aParameterGivenTwiceIsRefusedByName() throws Exception {
		problem(mvc.perform(get("/api/status-matrix?effectiveOn=2026-01-01&effectiveOn=2026-02-01")), 400)
			.andExpect(jsonPath("$.detail").value("the query parameter 'effectiveOn' is given 2 times; give it once"));
		problem(mvc.perform(get("/api/audit/events?after=1&limit=5&after=2").with(AUDITOR)), 400)
			.andExpect(jsonPath("$.detail").value(containsString("'after'")));
	}

	@Test
	void theRefusalSpeaksTheCallersLanguage() throws Exception {
		problem(mvc.perform(get("/api/status-matrix?asof=2026-01-01").header(HttpHeaders.ACCEPT_LANGUAGE, "ru")), 400)
			.andExpect(jsonPath("$.detail").value(containsString("параметр запроса 'asof'")));
	}

	@Test
	void declaredParametersStillPass() throws Exception {
		getOk("/api/status-matrix?effectiveOn=2026-01-01");
		getOk("/api/initiatives?page=0&size=5");
		getOk("/api/countries/kz/initiatives?asOf=2026-01-09T00:00:00Z");
	}

	@Test
	void pagesSpringdocAndActuatorAreLeftAlone() throws Exception {
		mvc.perform(get("/status-matrix?lang=ru")).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs?anything=1")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health?x=1")).andExpect(status().is(lessThan(500)));
	}

}
