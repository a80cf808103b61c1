package org.cooperation.tracker.query.initiative.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.cooperation.tracker.query.deadletter.IncompleteRecords;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.initiative.InitiativeSummary;
import org.cooperation.tracker.query.initiative.ProgressReportView;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link InitiativeApi} in a slice: its mappings, the record's ETag, paging headers and
 * the problems it answers, with {@link InitiativeQueries} mocked.
 */
class InitiativeApiSliceTest extends QuerySliceTest {

	@Autowired
	InitiativeQueries queries;

	@Autowired
	IncompleteRecords incomplete;

	@Test
	void theMatrixAndTheListAreJsonWithoutAnETag() throws Exception {
		given(queries.statusMatrix(MatrixFilter.ALL, Moment.NOW)).willReturn(new StatusMatrix(List.of(), List.of()));
		json(get("/api/status-matrix")).andExpect(jsonPath("$.rows", hasSize(0)))
			.andExpect(header().doesNotExist("ETag"));
		given(queries.initiatives()).willReturn(List.of(mock(InitiativeSummary.class), mock(InitiativeSummary.class)));
		list(get("/api/initiatives").param("size", "1"), 1, 2)
			.andExpect(header().string("Link", "</api/initiatives?page=1&size=1>; rel=\"next\""))
			.andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void anInitiativeCarriesItsVersionAsETagWeakWhileEventsOfItAreParked() throws Exception {
		given(queries.initiative(INITIATIVE)).willReturn(versioned(INITIATIVE, mock(InitiativeDetail.class)));
		expectRecord("/api/initiatives/" + INITIATIVE, 3);
		given(incomplete.parkedEventsOf(INITIATIVE.toString())).willReturn(1L);
		json(get("/api/initiatives/{id}", INITIATIVE)).andExpect(header().string("ETag", "W/\"3\""))
			.andExpect(header().string("Tracker-View-Incomplete", containsString("1 event of this record")));
	}

	@Test
	void aProgressReportIsServedWhereTheCommandSidePointsTo() throws Exception {
		UUID report = UUID.randomUUID();
		given(queries.progressReport(INITIATIVE, report)).willReturn(mock(ProgressReportView.class));
		json(get("/api/initiatives/{id}/progress-reports/{r}", INITIATIVE, report));
	}

	@Test
	void anUnknownInitiativeOrReportIsANotFoundProblemNamingTheRequest() throws Exception {
		given(queries.initiative(UUID.fromString(UNKNOWN))).willThrow(notFound("no initiative with id " + UNKNOWN));
		problem(get("/api/initiatives/{id}", UNKNOWN), 404).andExpect(jsonPath("$.title").value("Not found"))
			.andExpect(jsonPath("$.detail").value("no initiative with id " + UNKNOWN))
			.andExpect(jsonPath("$.instance").value("/api/initiatives/" + UNKNOWN));
		given(queries.progressReport(INITIATIVE, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("initiative " + INITIATIVE + " has no progress report with id " + UNKNOWN));
		problem(get("/api/initiatives/{id}/progress-reports/{r}", INITIATIVE, UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no progress report with id " + UNKNOWN)));
	}

	@Test
	void aMalformedIdIsABadRequestNamingTheValueAndTheParameter() throws Exception {
		problem(get("/api/initiatives/not-a-uuid"), 400).andExpect(jsonPath("$.title").value("Invalid value"))
			.andExpect(jsonPath("$.detail")
				.value(allOf(containsString("'not-a-uuid'"), containsString("initiativeId"), containsString("UUID"))));
		problem(get("/api/initiatives/{id}/progress-reports/42", INITIATIVE), 400)
			.andExpect(jsonPath("$.detail").value(containsString("reportId")));
		problem(get("/api/initiatives").param("page", "first"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("page")));
		problem(get("/api/initiatives").param("size", "501"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("size is a number from 1 to 500")));
	}

	@Test
	void anUnknownQueryParameterIsRefusedByName() throws Exception {
		given(queries.initiatives()).willReturn(List.of());
		problem(get("/api/initiatives?colour=green"), 400).andExpect(jsonPath("$.detail")
			.value("the query parameter 'colour' is not one this address reads; it reads page, size"));
	}

	@Test
	void anAnswerNotInJsonIsA406ProblemAndAWriteA405() throws Exception {
		problem(get("/api/initiatives").accept(MediaType.valueOf("text/csv")), 406)
			.andExpect(jsonPath("$.detail").value(containsString("this address answers only as application/json")));
		problem(post("/api/initiatives").contentType(MediaType.APPLICATION_JSON).content("{}"), 405);
	}

	@Test
	void nobodySignedInIsA401Problem() throws Exception {
		problem(get("/api/initiatives").with(anonymous()), 401);
	}

}
