package org.cooperation.tracker.query.programme.calendar.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.cooperation.tracker.query.programme.calendar.web.CalendarApiSliceTest.edition;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link CalendarPages} in a slice: the latest edition's address, an edition with its
 * filters and the feed that matches them, and the error page for a bad filter.
 */
class CalendarPagesSliceTest extends QuerySliceTest {

	static final String PAGE = "/initiatives/" + INITIATIVE + "/calendar";

	@Autowired
	CalendarQueries queries;

	@Test
	void theCalendarOpensOnTheLatestEditionWithSubmissions() throws Exception {
		given(queries.editionYears(INITIATIVE)).willReturn(List.of(2027, 2026));
		mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "/2027"));
	}

	@Test
	void anEditionIsShownWithItsFiltersAndTheFeedThatMatchesThem() throws Exception {
		CalendarFilter filter = CalendarFilter.of("TM", null, null, List.of("ALL"));
		given(queries.edition(INITIATIVE, 2026, filter)).willReturn(edition(filter));
		page(get(PAGE + "/2026?state=ALL&country=TM"), "calendar")
			.andExpect(model().attribute("edition", edition(filter)))
			.andExpect(model().attribute("pageTitle", "Cultural calendar 2026"))
			.andExpect(model().attribute("selectedState", "ALL"))
			.andExpect(model().attribute("feed", "/api/initiatives/" + INITIATIVE + "/calendar/2026.ics?country=TM"));
	}

	@Test
	void aBadFilterOrAnUnknownInitiativeGetsTheErrorPage() throws Exception {
		errorPage(get(PAGE + "/2026?month=13"), 400, "month is a number from 1 to 12");
		errorPage(get(PAGE + "/next"), 400, "not a valid year");
		given(queries.edition(UUID.fromString(UNKNOWN), 2026, CalendarFilter.of(null, null, null, null)))
			.willThrow(notFound("no initiative with id " + UNKNOWN));
		errorPage(get("/initiatives/{id}/calendar/2026", UNKNOWN), 404, "no initiative with id " + UNKNOWN);
	}

}
