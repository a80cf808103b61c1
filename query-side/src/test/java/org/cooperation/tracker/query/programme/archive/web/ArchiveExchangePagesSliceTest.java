package org.cooperation.tracker.query.programme.archive.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairCounts;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link ArchiveExchangePages} in a slice: the matrix with what waits on each country, a
 * pair's ledger with its countries' codes in any case, and the error page.
 */
class ArchiveExchangePagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/archive-exchange";

	@Autowired
	ArchiveExchangeQueries queries;

	@Test
	void theMatrixIsShownWithWhatWaitsOnEachCountry() throws Exception {
		ExchangeMatrix matrix = new ExchangeMatrix(INITIATIVE, english("Archives"), List.of(), List.of(), List.of(),
				List.of());
		WaitingOnCountries waiting = new WaitingOnCountries(INITIATIVE, List.of());
		given(queries.matrix(INITIATIVE)).willReturn(matrix);
		given(queries.waiting(INITIATIVE, null)).willReturn(waiting);
		page(get(PAGE), "archive-exchange").andExpect(model().attribute("matrix", matrix))
			.andExpect(model().attribute("waiting", waiting))
			.andExpect(model().attribute("pageTitle", "Archive exchange: Archives"));
	}

	@Test
	void aPairsLedgerIsFoundByItsCountriesCodesInAnyCase() throws Exception {
		PairLedger ledger = new PairLedger(INITIATIVE, english("Archives"), Country.KZ, Country.UZ,
				new PairCounts(Map.of(), 0), List.of());
		given(queries.pair(INITIATIVE, Country.KZ, Country.UZ)).willReturn(ledger);
		page(get(PAGE + "/pairs/kz/UZ"), "archive-pair").andExpect(model().attribute("ledger", ledger))
			.andExpect(model().attribute("pageTitle", "Archive copies Kazakhstan → Uzbekistan"));
	}

	@Test
	void anUnknownCountryOrInitiativeGetsTheErrorPage() throws Exception {
		errorPage(get(PAGE + "/pairs/KZ/RU"), 400, "unknown country");
		given(queries.matrix(java.util.UUID.fromString(UNKNOWN)))
			.willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/archive-exchange", UNKNOWN), 404, "no initiative with id " + UNKNOWN);
	}

}
