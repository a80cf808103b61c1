package org.cooperation.tracker.query.programme.marketplace.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.cooperation.tracker.query.programme.marketplace.web.MarketplaceApiSliceTest.noListings;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link MarketplacePages} in a slice: the listings under the filter of the query, with
 * every choice of the filter in the reader's words, and the error page for a bad filter,
 * in Kazakh (the default), Russian and English.
 */
class MarketplacePagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/marketplace";

	@Autowired
	MarketplaceQueries queries;

	@Test
	void theListingsAreShownUnderTheFilterWithEveryChoice() throws Exception {
		ListingFilter filter = new ListingFilter(Country.UZ, null, ListingState.VERIFIED);
		given(queries.listings(INITIATIVE, filter)).willReturn(noListings(filter));
		page(get(PAGE + "?country=uz&state=verified").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), "marketplace")
			.andExpect(model().attribute("market", noListings(filter)))
			.andExpect(model().attribute("countries", hasItem(new Choice("UZ", "Uzbekistan"))))
			.andExpect(model().attribute("crafts", hasSize(Craft.values().length)))
			.andExpect(model().attribute("crafts", hasItem(new Choice("FELT_MAKER", "Felt maker"))))
			.andExpect(model().attribute("states", hasSize(ListingState.values().length)))
			.andExpect(model().attribute("states", hasItem(new Choice("VERIFIED", "Verified"))))
			.andExpect(model().attribute("pageTitle", "Marketplace: Creative marketplace"));
		page(get(PAGE + "?country=uz&state=verified"), "marketplace")
			.andExpect(model().attribute("countries", hasItem(new Choice("UZ", "Өзбекстан"))))
			.andExpect(model().attribute("crafts", hasItem(new Choice("FELT_MAKER", "Киіз басушы"))))
			.andExpect(model().attribute("states", hasItem(new Choice("VERIFIED", "Тексерілді"))))
			.andExpect(model().attribute("pageTitle", "Маркетплейс: Creative marketplace"));
		page(get(PAGE + "?country=uz&state=verified").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), "marketplace")
			.andExpect(model().attribute("crafts", hasItem(new Choice("JEWELLER", "Ювелир"))))
			.andExpect(model().attribute("states", hasItem(new Choice("DELISTED", "Исключена из каталога"))))
			.andExpect(model().attribute("pageTitle", "Маркетплейс: Creative marketplace"));
	}

	@Test
	void aBadFilterGetsTheErrorPageInTheReadersLanguage() throws Exception {
		errorPage(get(PAGE + "?craft=astronaut").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), 400, "unknown craft");
		errorPage(get(PAGE + "?craft=astronaut"), 400, "белгісіз кәсіп");
		errorPage(get(PAGE + "?country=ru").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), 400, "неизвестная страна");
		errorPage(get(PAGE + "?state=lost").header(HttpHeaders.ACCEPT_LANGUAGE, "ru"), 400, "неизвестное состояние");
	}

}
