package org.cooperation.tracker.query.programme.marketplace.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.query.programme.marketplace.ListingFilter;
import org.cooperation.tracker.query.programme.marketplace.ListingView;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link MarketplaceApi} in a slice: the listings with their filters and paging, one
 * listing with its ETag, no contact details here, and the problems for bad filters and
 * unknown listings.
 */
class MarketplaceApiSliceTest extends QuerySliceTest {

	static final String BASE = "/api/initiatives/" + INITIATIVE + "/marketplace";

	/** The listings the read models hold: none, under a filter. */
	static MarketplaceListings noListings(ListingFilter filter) {
		return new MarketplaceListings(INITIATIVE, new LocalizedText(null, null, "Creative marketplace"),
				filter.country(), filter.craft(), filter.state(), 0, Map.of(), Map.of(), Map.of(), Map.of(), List.of());
	}

	@Autowired
	MarketplaceQueries queries;

	@Test
	void theListingsAreAskedForWithTheFiltersOfTheQueryInAnyCase() throws Exception {
		ListingFilter filter = new ListingFilter(Country.TJ, Craft.JEWELLER, null);
		given(queries.listings(INITIATIVE, filter)).willReturn(noListings(filter));
		json(get(BASE + "/listings?country=tj&craft=jeweller")).andExpect(jsonPath("$.country").value("TJ"))
			.andExpect(jsonPath("$.craft").value("JEWELLER"))
			.andExpect(jsonPath("$.listings", hasSize(0)))
			.andExpect(header().string("X-Total-Count", "0"));
	}

	@Test
	void aListingCarriesItsVersionAsETagAndItsContactIsNotServedHere() throws Exception {
		UUID listing = UUID.randomUUID();
		given(queries.listing(INITIATIVE, listing)).willReturn(versioned(listing, mock(ListingView.class)));
		expectRecord(BASE + "/listings/" + listing, 3);
		problem(get(BASE + "/listings/{id}/contact", listing), 404)
			.andExpect(jsonPath("$.detail").value(containsString("Nothing is served at GET")));
	}

	@Test
	void badFiltersAndUnknownListingsAreProblems() throws Exception {
		problem(get(BASE + "/listings").param("craft", "astronaut"), 400).andExpect(jsonPath("$.detail")
			.value(allOf(containsString("unknown craft 'astronaut'"), containsString("JEWELLER, WEAVER"))));
		problem(get(BASE + "/listings").param("state", "GONE"), 400);
		problem(get(BASE + "/listings").param("country", "RU"), 400);
		problem(get(BASE + "/listings").param("page", "-1"), 400);
		given(queries.listing(INITIATIVE, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("initiative " + INITIATIVE + " has no creator listing with id " + UNKNOWN));
		problem(get(BASE + "/listings/{id}", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no creator listing with id " + UNKNOWN)));
	}

}
