package org.cooperation.tracker.query.programme.marketplace.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.Choice;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.cooperation.tracker.query.programme.marketplace.web.MarketplaceApiSliceTest.noListings;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

/**
 * {@link MarketplacePages} in a slice: the listings under the filter of the query, with
 * every choice of the filter, and the error page for a bad filter.
 */
class MarketplacePagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/marketplace";

	@Autowired
	MarketplaceQueries queries;

	@Test
	void theListingsAreShownUnderTheFilterWithEveryChoice() throws Exception {
		ListingFilter filter = new ListingFilter(Country.UZ, null, ListingState.VERIFIED);
		given(queries.listings(INITIATIVE, filter)).willReturn(noListings(filter));
		page(get(PAGE + "?country=uz&state=verified"), "marketplace")
			.andExpect(model().attribute("market", noListings(filter)))
			.andExpect(model().attribute("countries", Choice.countries()))
			.andExpect(model().attribute("crafts", Choice.inWords(Craft.values())))
			.andExpect(model().attribute("states", Choice.inWords(ListingState.values())))
			.andExpect(model().attribute("pageTitle", "Marketplace: Creative marketplace"));
	}

	@Test
	void aBadFilterGetsTheErrorPage() throws Exception {
		errorPage(get(PAGE + "?craft=astronaut"), 400, "unknown craft");
	}

}
