package org.cooperation.tracker.query.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.query.audit.EventExports;
import org.cooperation.tracker.query.audit.EventHistory;
import org.cooperation.tracker.query.audit.HistoryFilter;
import org.cooperation.tracker.query.audit.StoredEvent;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link AuditApi} in a slice: the history page by page for an auditor, refused to an
 * official, and its bounds on the paging parameters.
 */
class AuditApiSliceTest extends QuerySliceTest {

	@Autowired
	EventHistory history;

	@Autowired
	EventExports exports;

	@Test
	void anAuditorReadsTheHistoryAndTheLastPageNamesNoNext() throws Exception {
		given(history.after(HistoryFilter.EVERYTHING, 0, 100)).willReturn(List.of(event(7)));
		json(get("/api/audit/events").with(signedInAs(Role.AUDITOR))).andExpect(jsonPath("$.events", hasSize(1)))
			.andExpect(jsonPath("$.events[0].globalIndex").value(7))
			.andExpect(jsonPath("$.next").value(nullValue()));
		given(history.after(new HistoryFilter("agg", null, null, null, null, null, null, null), 7, 1))
			.willReturn(List.of(event(8)));
		json(get("/api/audit/events?after=7&limit=1&aggregateId=agg").with(signedInAs(Role.AUDITOR)))
			.andExpect(jsonPath("$.next").value(8));
	}

	@Test
	void anOfficialIsRefusedWithA403Problem() throws Exception {
		problem(get("/api/audit/events"), 403);
	}

	@Test
	void aPositionOrALimitOutOfBoundsOrNotANumberIsABadRequest() throws Exception {
		problem(get("/api/audit/events?after=-1").with(signedInAs(Role.AUDITOR)), 400)
			.andExpect(jsonPath("$.detail").value(containsString("after is a position in the store")));
		problem(get("/api/audit/events?limit=501").with(signedInAs(Role.AUDITOR)), 400)
			.andExpect(jsonPath("$.detail").value(containsString("limit must be between 1 and 500")));
		problem(get("/api/audit/events?after=soon").with(signedInAs(Role.AUDITOR)), 400)
			.andExpect(jsonPath("$.detail").value("'soon' is not a valid after"));
	}

	@Test
	void aDownloadTheClientStopsReadingEndsQuietlyNotAsA500() throws Exception {
		given(exports.ndjson(any(), anyLong(), any()))
			.willThrow(new UncheckedIOException(new IOException("Broken pipe")));
		mvc.perform(get("/api/audit/events.ndjson").with(signedInAs(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")));
	}

	private static StoredEvent event(long globalIndex) {
		return new StoredEvent(globalIndex, "e" + globalIndex, "Initiative", "agg", 0, "2025-11-20T09:00:00Z",
				"InitiativeProposed", null, null, null, "00", "", null);
	}

}
