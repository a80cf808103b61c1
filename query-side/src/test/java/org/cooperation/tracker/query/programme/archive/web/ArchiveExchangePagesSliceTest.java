package org.cooperation.tracker.query.programme.archive.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.PairCounts;
import org.cooperation.tracker.query.programme.archive.PairLedger;
import org.cooperation.tracker.query.programme.archive.WaitingOnCountries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link ArchiveExchangePages} in a slice: the matrix with what waits on each country and
 * its heat map, a pair's ledger with its countries' codes in any case, and the error
 * page, in Kazakh (the default), Russian and English.
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
		page(get(PAGE).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "archive-exchange")
			.andExpect(model().attribute("matrix", matrix))
			.andExpect(model().attribute("waiting", waiting))
			.andExpect(model().attribute("pageTitle", "Archive exchange: Archives"))
			.andExpect(model().attribute("heatMap", containsString("\"Copies\"")));
		page(get(PAGE), "archive-exchange").andExpect(model().attribute("pageTitle", "Мұрағат алмасуы: Archives"))
			.andExpect(model().attribute("heatMap", containsString("\"Көшірмелер\"")));
		page(get(PAGE).header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), "archive-exchange")
			.andExpect(model().attribute("pageTitle", "Обмен архивами: Archives"));
	}

	@Test
	void aPairsLedgerIsFoundByItsCountriesCodesInAnyCase() throws Exception {
		PairLedger ledger = new PairLedger(INITIATIVE, english("Archives"), Country.KZ, Country.UZ,
				new PairCounts(Map.of(), 0), List.of());
		given(queries.pair(INITIATIVE, Country.KZ, Country.UZ)).willReturn(ledger);
		page(get(PAGE + "/pairs/kz/UZ").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "archive-pair")
			.andExpect(model().attribute("ledger", ledger))
			.andExpect(model().attribute("pageTitle", "Archive copies Kazakhstan → Uzbekistan"));
		page(get(PAGE + "/pairs/kz/UZ").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), "archive-pair")
			.andExpect(model().attribute("pageTitle", "Архивные копии: Казахстан → Узбекистан"));
		page(get(PAGE + "/pairs/kz/UZ"), "archive-pair")
			.andExpect(model().attribute("pageTitle", "Мұрағат көшірмелері: Қазақстан → Өзбекстан"));
	}

	@Test
	void anUnknownCountryOrInitiativeGetsTheErrorPage() throws Exception {
		errorPage(get(PAGE + "/pairs/KZ/RU").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400, "unknown country");
		errorPage(get(PAGE + "/pairs/KZ/RU").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), 400, "неизвестная страна");
		errorPage(get(PAGE + "/pairs/KZ/RU"), 400, "белгісіз ел");
		given(queries.matrix(java.util.UUID.fromString(UNKNOWN)))
			.willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/archive-exchange", UNKNOWN), 404, "no initiative with id " + UNKNOWN);
	}

}
