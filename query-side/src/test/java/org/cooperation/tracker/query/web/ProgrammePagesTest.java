package org.cooperation.tracker.query.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;

import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.BRAND;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar's and the working group's pages, linked from their initiatives, and their
 * figures in the status matrix. What the calendar's page shows is CalendarPagesTest's.
 */
class ProgrammePagesTest extends QuerySideTestBase {

	@Autowired
	private CalendarProjection calendar;

	@Autowired
	private WorkingGroupProjection workingGroups;

	@BeforeEach
	void recordBoth() {
		emptyReadModels();
		project(() -> {
			initiativesProjection.on(Fixtures.calendarProposed(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			initiativesProjection.on(WorkingGroupStory.brandProposed(),
					Fixtures.recorded(0L, Fixtures.later(1), Fixtures.secretariat()));
			CalendarStory.feed(calendar);
			WorkingGroupStory.feed(workingGroups);
		});
	}

	@Test
	void initiativePagesLinkToTheirRecords() throws Exception {
		assertInitiativePageLinksTo(CALENDAR, "calendar");
		assertInitiativePageLinksTo(BRAND, "working-group");
		mvc.perform(get("/initiatives/{id}/calendar", CALENDAR.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/initiatives/" + CALENDAR + "/calendar/2026"));
	}

	@Test
	void workingGroupPageShowsRosterMeetingsDraftsAndApprovals() throws Exception {
		mvc.perform(get("/initiatives/{id}/working-group", BRAND.toString()).header("Accept-Language", "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sample Member KZ-1"), containsString("Chair"),
					containsString("Sample Member TJ-2"), containsString("replaced"), containsString("recalled"),
					containsString("Outline agreed"), containsString(WorkingGroupStory.MINUTES_DIGEST),
					containsString("superseded"), containsString("Approval of the latest draft (v2)"),
					containsString("approved v1 only: superseded, not counted"),
					containsString("Languages section missing"))));
	}

	@Test
	void workingGroupPageSaysWhenNoneIsEstablished() throws Exception {
		project(workingGroups::reset);

		mvc.perform(get("/initiatives/{id}/working-group", BRAND.toString()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No working group is established for this initiative yet.")));
		mvc.perform(get("/initiatives/{id}/working-group", CALENDAR.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
	}

	@Test
	void statusMatrixShowsTheirFigures() throws Exception {
		mvc.perform(get("/api/status-matrix"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.figures[0].label").value("events included"))
			.andExpect(jsonPath("$.rows[0].cells.KZ.figures[0].value").value(2))
			.andExpect(jsonPath("$.rows[0].cells.TJ.figures[1].label").value("awaiting decision"))
			.andExpect(jsonPath("$.rows[1].cells.KZ.figures[0].label").value("member nominated"))
			.andExpect(jsonPath("$.rows[1].cells.TJ.figures[2].label")
				.value("approval of a superseded draft (v1), not counted"));
		mvc.perform(get("/status-matrix").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(allOf(containsString("events included"),
					containsString("approval of the latest concept draft (v2)"))));
	}

}
