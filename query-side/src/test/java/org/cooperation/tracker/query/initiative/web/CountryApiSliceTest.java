package org.cooperation.tracker.query.initiative.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.initiative.CountryInitiatives;
import org.cooperation.tracker.query.initiative.CountryView;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** {@link CountryApi} in a slice: a country's code in any case, and an unknown one. */
class CountryApiSliceTest extends QuerySliceTest {

	@Autowired
	InitiativeQueries queries;

	@Test
	void theCountryCodeInThePathIsReadInAnyCase() throws Exception {
		given(queries.countryInitiatives(Country.AZ, Moment.NOW))
			.willReturn(new CountryInitiatives(CountryView.of(Country.AZ), List.of()));
		json(get("/api/countries/Az/initiatives")).andExpect(jsonPath("$.country.numeric").value("031"));
	}

	@Test
	void anUnknownCountryCodeIsABadRequestListingTheKnownOnes() throws Exception {
		problem(get("/api/countries/XX/initiatives"), 400).andExpect(jsonPath("$.detail")
			.value(allOf(containsString("unknown country 'XX'"), containsString("KZ, UZ, KG, TJ, TM, AZ"))));
	}

}
