package org.cooperation.tracker.query.programme.calendar.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.SubmissionView;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link CalendarApi} in a slice: an edition with its filters read from the query, the
 * iCalendar feed, the submissions and one submission with its ETag, and the problems for
 * bad filters and unknown records.
 */
class CalendarApiSliceTest extends QuerySliceTest {

	static final String BASE = "/api/initiatives/" + INITIATIVE + "/calendar";

	/** An edition the read models hold, with no event in it. */
	static CalendarEdition edition(CalendarFilter filter) {
		return new CalendarEdition(INITIATIVE, new LocalizedText(null, null, "Central Asian cultural calendar"), 2026,
				filter, List.of(2026), List.of());
	}

	@Autowired
	CalendarQueries queries;

	@Test
	void anEditionIsAskedForWithTheFiltersOfTheQuery() throws Exception {
		CalendarFilter filter = CalendarFilter.of("tm", 6, "festival", List.of("ALL"));
		given(queries.edition(INITIATIVE, 2026, filter)).willReturn(edition(filter));
		json(get(BASE + "/2026?country=tm&month=6&type=festival&state=ALL")).andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.filter.country").value("TM"))
			.andExpect(header().string("X-Total-Count", "0"));
	}

	@Test
	void theFeedIsAnICalendarOfThePublishedEdition() throws Exception {
		CalendarFilter published = CalendarFilter.published("UZ", null, null);
		given(queries.edition(INITIATIVE, 2026, published)).willReturn(edition(published));
		mvc.perform(get(BASE + "/2026.ics?country=UZ"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "inline; filename=\"cultural-calendar-2026.ics\""))
			.andExpect(content().string(startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")));
		// The feed holds the published edition only: it reads no state, and says so.
		problem(get(BASE + "/2026.ics?country=UZ&state=SUBMITTED"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("'state'")));
	}

	@Test
	void theSubmissionsAreAListAndOneCarriesItsVersionAsETag() throws Exception {
		given(queries.submissions(INITIATIVE)).willReturn(List.of(mock(CalendarEventView.class)));
		list(get(BASE + "/submissions"), 1, 1);
		UUID submission = UUID.randomUUID();
		given(queries.submission(INITIATIVE, submission)).willReturn(versioned(submission, mock(SubmissionView.class)));
		expectRecord(BASE + "/submissions/" + submission, 3);
	}

	@Test
	void badFiltersAreBadRequestsNamingTheValue() throws Exception {
		problem(get(BASE + "/2026?month=13"), 400)
			.andExpect(jsonPath("$.detail").value("month is a number from 1 to 12, not 13"));
		problem(get(BASE + "/2026?type=circus"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown type 'circus': use one of FESTIVAL")));
		problem(get(BASE + "/2026?state=LOST"), 400).andExpect(jsonPath("$.detail").value(containsString("or ALL")));
		problem(get(BASE + "/2026?country=RU"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'RU'")));
		problem(get(BASE + "/2026?month=june"), 400)
			.andExpect(jsonPath("$.detail").value("'june' is not a valid month"));
		problem(get(BASE + "/next"), 400).andExpect(jsonPath("$.detail").value("'next' is not a valid year"));
		problem(get(BASE + "/next.ics"), 400);
	}

	@Test
	void unknownRecordsAreNotFound() throws Exception {
		given(queries.edition(UUID.fromString(UNKNOWN), 2026, CalendarFilter.of(null, null, null, null)))
			.willThrow(notFound("no initiative with id " + UNKNOWN));
		problem(get("/api/initiatives/{id}/calendar/2026", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no initiative with id")));
		given(queries.submission(INITIATIVE, UUID.fromString(UNKNOWN)))
			.willThrow(notFound("initiative " + INITIATIVE + " has no calendar submission with id " + UNKNOWN));
		problem(get(BASE + "/submissions/{s}", UNKNOWN), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no calendar submission")));
	}

	@Test
	void theCountryOfAFilterIsReadInAnyCase() throws Exception {
		CalendarFilter filter = CalendarFilter.of("KZ", null, null, null);
		given(queries.edition(INITIATIVE, 2026, filter)).willReturn(edition(filter));
		json(get(BASE + "/2026?country=kz")).andExpect(jsonPath("$.filter.country").value(Country.KZ.alpha2()));
	}

}
