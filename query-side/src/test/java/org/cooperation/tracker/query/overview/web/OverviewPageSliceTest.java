package org.cooperation.tracker.query.overview.web;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.overview.Overview;
import org.cooperation.tracker.query.overview.Overview.Count;
import org.cooperation.tracker.query.overview.Overview.CountryProgress;
import org.cooperation.tracker.query.overview.Overview.StatusCount;
import org.cooperation.tracker.query.overview.OverviewQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link OverviewPage} and {@link OverviewApi} in a slice: the month asked for is this
 * one.
 */
class OverviewPageSliceTest extends QuerySliceTest {

	@Autowired
	OverviewQueries queries;

	@Test
	void thePageAndTheApiAskForThisMonthInUtc() throws Exception {
		given(queries.overview(any())).willAnswer((call) -> overview(call.getArgument(0)));
		YearMonth thisMonth = YearMonth.now(ZoneOffset.UTC);

		page(get("/").header("Accept-Language", "en"), "overview")
			.andExpect(content().string(allOf(containsString("Where the protocol stands"),
					containsString("data-map-url=\"/geo/central-asia.json\""), containsString("Kyrgyzstan\\n75%"))));
		json(get("/api/overview"))
			// a month may begin between the two readings of the clock
			.andExpect(
					jsonPath("$.month").value(anyOf(is(thisMonth.toString()), is(thisMonth.plusMonths(1).toString()))))
			.andExpect(jsonPath("$.countries[2].averagePercent").value(75));
	}

	private static Overview overview(YearMonth month) {
		List<StatusCount> byStatus = Arrays.stream(ParticipationStatus.values())
			.map((status) -> new StatusCount(status, 0, 0))
			.toList();
		List<CountryProgress> countries = Arrays.stream(Country.values())
			.map((country) -> new CountryProgress(country, (country == Country.KG) ? 75 : null,
					(country == Country.KG) ? 1 : 0, (country == Country.KG) ? 1 : 0, false))
			.toList();
		return new Overview(0, byStatus, countries, month, new Count(0, 0), Instant.parse("2026-01-05T10:00:00Z"),
				List.of());
	}

}
