package org.cooperation.tracker.query.programme.calendar.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;

import static org.cooperation.tracker.query.JsonFields.fields;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.ARCHIVE_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.CONCERT;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.FESTIVAL;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.NEW_YEAR;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.PLAY;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.TEXTILES;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The calendar over the query API: editions with filters, submissions, the feed. */
class CalendarApiTest extends QuerySideTestBase {

	static final String EDITION = "/api/initiatives/{id}/calendar/2026";

	@Autowired
	private CalendarProjection calendar;

	@BeforeEach
	void recordTheEdition() {
		recordInitiativesAnd(() -> CalendarStory.feed(calendar), Fixtures.calendarProposed(),
				Fixtures.archiveExchangeProposed());
	}

	private ResultActions edition(String query) throws Exception {
		return getOk(EDITION + query, CALENDAR.toString());
	}

	@Test
	void publishedEditionListsIncludedEventsAcrossCountriesByFirstDay() throws Exception {
		edition("").andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.initiativeId").value(CALENDAR.toString()))
			.andExpect(jsonPath("$.initiativeTitle.en").value("Central Asian cultural calendar"))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.editions").value(contains(2026)))
			.andExpect(jsonPath("$.filter.states").value(contains("INCLUDED")))
			.andExpect(jsonPath("$.events[*].submissionId")
				.value(contains(NEW_YEAR.toString(), TEXTILES.toString(), FESTIVAL.toString())))
			.andExpect(jsonPath("$.events[2].country").value("KZ"))
			.andExpect(jsonPath("$.events[2].editionYear").value(2026))
			.andExpect(jsonPath("$.events[2].title.en").value("Steppe folk music festival"))
			.andExpect(fields("$.events[2]", "type", "FESTIVAL", "city", "Almaty", "startDate", "2026-06-12", "endDate",
					"2026-06-14", "organiser", "Union of folk musicians", "link", "https://example.org/festival",
					"state", "INCLUDED", "sample", false))
			.andExpect(jsonPath("$.events[1].revision").value(2))
			.andExpect(jsonPath("$.events[0].sample").value(true));
	}

	@Test
	void filtersByCountryMonthAndType() throws Exception {
		edition("?country=kz")
			.andExpect(jsonPath("$.events[*].submissionId").value(contains(NEW_YEAR.toString(), FESTIVAL.toString())));
		edition("?month=6")
			.andExpect(jsonPath("$.events[*].submissionId").value(contains(TEXTILES.toString(), FESTIVAL.toString())));
		edition("?month=1").andExpect(jsonPath("$.events[*].submissionId").value(contains(NEW_YEAR.toString())));
		edition("?month=12").andExpect(jsonPath("$.events", hasSize(0)));
		edition("?type=festival").andExpect(jsonPath("$.events[*].submissionId").value(contains(FESTIVAL.toString())));
		edition("?country=UZ&month=4&type=EXHIBITION")
			.andExpect(jsonPath("$.events[*].submissionId").value(contains(TEXTILES.toString())))
			.andExpect(fields("$.filter", "country", "UZ", "month", 4, "type", "EXHIBITION"));
	}

	@Test
	void otherStatesAreShownWhenAskedFor() throws Exception {
		edition("?state=submitted").andExpect(jsonPath("$.events[*].submissionId").value(contains(CONCERT.toString())));
		edition("?state=RETURNED&state=SUBMITTED")
			.andExpect(jsonPath("$.events[*].submissionId").value(contains(CONCERT.toString(), PLAY.toString())))
			.andExpect(jsonPath("$.events[1].stateReason").value("Name the venue"));
		edition("?state=ALL").andExpect(jsonPath("$.events", hasSize(6)))
			.andExpect(jsonPath("$.filter.states").value(contains("SUBMITTED", "INCLUDED", "RETURNED", "WITHDRAWN")));
	}

	@Test
	void feedIsAnICalendarOfTheIncludedEventsOnly() throws Exception {
		String feed = getOk(EDITION + ".ics", CALENDAR.toString())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "inline; filename=\"cultural-calendar-2026.ics\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
			.contains("\r\nUID:" + FESTIVAL + "\r\n", "\r\nUID:" + TEXTILES + "\r\n", "\r\nUID:" + NEW_YEAR + "\r\n")
			.doesNotContain(CONCERT.toString(), PLAY.toString(), CalendarStory.CARPETS.toString())
			.contains("\r\nSUMMARY:Silk Road textiles\\, patterns\\; colours\r\n")
			.contains("\r\nDTSTART;VALUE=DATE:20251230\r\nDTEND;VALUE=DATE:20260103\r\n")
			.contains("\r\nSEQUENCE:1\r\n");
		getOk(EDITION + ".ics?country=UZ", CALENDAR.toString())
			.andExpect(content().string(allOf(containsString(TEXTILES.toString()),
					not(containsString(FESTIVAL.toString())), not(containsString(CONCERT.toString())))));
	}

	@Test
	void submissionIsServedWhereTheCommandSidePointsToWithItsChanges() throws Exception {
		getOk("/api/initiatives/{id}/calendar/submissions/{s}", CALENDAR.toString(), TEXTILES.toString())
			.andExpect(jsonPath("$.initiativeId").value(CALENDAR.toString()))
			.andExpect(fields("$.event", "submissionId", TEXTILES.toString(), "country", "UZ", "state", "INCLUDED"))
			.andExpect(jsonPath("$.submittedAt").value(Fixtures.later(101).toString()))
			.andExpect(
					jsonPath("$.changes[*].change").value(contains("SUBMITTED", "RETURNED", "RESUBMITTED", "INCLUDED")))
			.andExpect(jsonPath("$.changes[1].reason").value("Give the full title"))
			.andExpect(jsonPath("$.changes[1].actor").value("secretariat-1"))
			.andExpect(jsonPath("$.changes[2].actorCountry").value("UZ"))
			.andExpect(jsonPath("$.changes[2].correlationId").value("corr-cal-3"));
		getOk("/api/initiatives/{id}/calendar/submissions", CALENDAR.toString()).andExpect(jsonPath("$", hasSize(6)))
			.andExpect(jsonPath("$[0].submissionId").value(FESTIVAL.toString()))
			.andExpect(jsonPath("$[0].description.en").value("Three days of dombra, kobyz and song"))
			.andExpect(jsonPath("$[1].description").value(nullValue()));
	}

	@Test
	void badFiltersAndUnknownThingsAreProblems() throws Exception {
		problem(mvc.perform(get(EDITION + "?month=13", CALENDAR.toString())), 400)
			.andExpect(jsonPath("$.detail").value("month is a number from 1 to 12, not 13"));
		problem(mvc.perform(get(EDITION + "?type=circus", CALENDAR.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown type 'circus': use one of FESTIVAL")));
		problem(mvc.perform(get(EDITION + "?state=LOST", CALENDAR.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("or ALL")));
		problem(mvc.perform(get(EDITION + "?country=RU", CALENDAR.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("unknown country 'RU'")));
		problem(mvc.perform(get(EDITION + "?month=june", CALENDAR.toString())), 400);
		problem(mvc.perform(get("/api/initiatives/{id}/calendar/1812", CALENDAR.toString())), 400)
			.andExpect(jsonPath("$.detail").value(containsString("between 2000 and 2100")));
		problem(mvc.perform(get("/api/initiatives/{id}/calendar/next", CALENDAR.toString())), 400);
		problem(mvc.perform(get(EDITION, ARCHIVE_EXCHANGE.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("it keeps no cultural calendar")));
		problem(mvc.perform(get(EDITION, Fixtures.TASHKENT.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no initiative with id")));
		problem(mvc.perform(get("/api/initiatives/{id}/calendar/submissions/{s}", CALENDAR.toString(),
				Fixtures.TASHKENT.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no calendar submission")));
	}

	@Test
	void openApiDocumentsTheCalendar() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/calendar/{year}'].get").exists())
			.andExpect(jsonPath(
					"$.paths['/api/initiatives/{initiativeId}/calendar/{year}.ics'].get.responses['200'].content['text/calendar']")
				.exists())
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/calendar/submissions/{submissionId}'].get")
				.exists());
	}

	@Test
	void aSubmissionCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = "/api/initiatives/" + CALENDAR + "/calendar/submissions/" + TEXTILES;
		assertNewEventMovesTheEtag(path, 3,
				() -> calendar.on(
						new CalendarSubmissionWithdrawn(TEXTILES, CALENDAR, Country.UZ, SubmissionState.INCLUDED,
								"Postponed"),
						Fixtures.recorded(4L, Fixtures.later(150), Fixtures.liaison(Country.UZ, "corr-etag"))));
	}

}
