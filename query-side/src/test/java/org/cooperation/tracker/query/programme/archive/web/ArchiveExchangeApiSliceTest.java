package org.cooperation.tracker.query.programme.archive.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.CopyView;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link ArchiveExchangeApi} in a slice: the matrix, a pair's ledger, what waits on a
 * country and one copy with its ETag, and the problems for what is unknown or malformed.
 */
class ArchiveExchangeApiSliceTest extends QuerySliceTest {

	static final String BASE = "/api/initiatives/" + INITIATIVE + "/archive-exchange";

	@Autowired
	ArchiveExchangeQueries queries;

	@Test
	void theMatrixAPairsLedgerAndWhatWaitsOnACountryAreJson() throws Exception {
		given(queries.matrix(INITIATIVE)).willReturn(mock(ExchangeMatrix.class));
		json(get(BASE + "/matrix"));
		given(queries.pair(INITIATIVE, Country.KZ, Country.UZ)).willReturn(mock(PairLedger.class));
		json(get(BASE + "/pairs/kz/UZ"));
		given(queries.waiting(INITIATIVE, Country.AZ)).willReturn(mock(WaitingOnCountries.class));
		json(get(BASE + "/waiting").param("country", "az"));
	}

	@Test
	void aCopyCarriesItsVersionAsETag() throws Exception {
		UUID copy = UUID.randomUUID();
		given(queries.copy(INITIATIVE, copy)).willReturn(versioned(copy, mock(CopyView.class)));
		expectRecord(BASE + "/copies/" + copy, 3);
	}

	@Test
	void unknownThingsAreNotFoundAndMalformedOnesAreBadRequests() throws Exception {
		given(queries.waiting(UUID.fromString(UNKNOWN), null)).willThrow(notFound("no initiative with id " + UNKNOWN));
		problem(get("/api/initiatives/{id}/archive-exchange/waiting", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value("no initiative with id " + UNKNOWN));
		given(queries.copy(INITIATIVE, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("initiative " + INITIATIVE + " has no archive copy with id " + UNKNOWN));
		problem(get(BASE + "/copies/{c}", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no archive copy with id " + UNKNOWN)));
		problem(get(BASE + "/copies/nope"), 400).andExpect(jsonPath("$.detail").value(containsString("copyId")));
		given(queries.pair(INITIATIVE, Country.KZ, Country.KZ))
			.willThrow(new InvalidValueException("a pair is two countries, not KZ twice"));
		problem(get(BASE + "/pairs/KZ/kz"), 400).andExpect(jsonPath("$.detail").value(containsString("not KZ twice")));
		problem(get(BASE + "/pairs/KZ/RU"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'RU'")));
		problem(get(BASE + "/waiting").param("country", "xx"), 400);
	}

}
