package org.cooperation.tracker.query.programme.brand.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;

import static org.cooperation.tracker.query.JsonFields.fields;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.BRAND;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.FIRST_MEETING;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.GROUP;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_FIRST;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_SECOND;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The brand working group over the query API. */
class WorkingGroupApiTest extends QuerySideTestBase {

	static final String GROUP_PATH = "/api/initiatives/{id}/working-group";

	@Autowired
	private WorkingGroupProjection workingGroups;

	@BeforeEach
	void recordTheGroup() {
		recordInitiativesAnd(() -> WorkingGroupStory.feed(workingGroups), WorkingGroupStory.brandProposed(),
				Fixtures.calendarProposed());
	}

	@Test
	void theGroupCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = "/api/initiatives/" + BRAND + "/working-group";
		assertNewEventMovesTheEtag(path, 16, () -> workingGroups
			.on(new MemberRecalled(GROUP, TJ_SECOND, Country.TJ, LocalDate.of(2026, 5, 1), null), 17L));
	}

	@Test
	void groupShowsTheRosterByCountry() throws Exception {
		getOk(GROUP_PATH, BRAND.toString()).andExpect(jsonPath("$.workingGroupId").value(GROUP.toString()))
			.andExpect(jsonPath("$.initiativeId").value(BRAND.toString()))
			.andExpect(jsonPath("$.initiativeTitle.en").value("Working group on the cultural brand"))
			.andExpect(jsonPath("$.establishedOn").value("2026-01-20"))
			.andExpect(jsonPath("$.roster[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(fields("$.roster[0].members[0]", "name", "Sample Member KZ-1", "position", "Adviser", "role",
					"CHAIR", "joinedOn", "2026-01-27"))
			.andExpect(jsonPath("$.roster[1].members[0].role").value("SECRETARY"))
			.andExpect(jsonPath("$.roster[2].members", hasSize(0)))
			.andExpect(jsonPath("$.roster[2].former[0].departure").value("RECALLED"))
			.andExpect(jsonPath("$.roster[3].members[0].memberId").value(TJ_SECOND.toString()))
			.andExpect(jsonPath("$.roster[3].members[0].predecessorId").value(TJ_FIRST.toString()))
			.andExpect(fields("$.roster[3].former[0]", "memberId", TJ_FIRST.toString(), "departure", "REPLACED",
					"successorId", TJ_SECOND.toString(), "sample", true))
			.andExpect(jsonPath("$.roster[4].members", hasSize(0)));
	}

	@Test
	void meetingsComeInDateOrderAndDraftsByVersion() throws Exception {
		mvc.perform(get(GROUP_PATH, BRAND.toString()))
			.andExpect(jsonPath("$.meetings[*].heldOn").value(contains("2026-02-10", "2026-03-16")))
			.andExpect(fields("$.meetings[0]", "meetingId", FIRST_MEETING.toString(), "place", "Online", "attending",
					contains("KZ", "UZ"), "decisions", "Outline agreed"))
			.andExpect(jsonPath("$.meetings[0].minutes.url").value("https://example.org/minutes-1.pdf"))
			.andExpect(jsonPath("$.meetings[0].minutes.sha256").value(WorkingGroupStory.MINUTES_DIGEST))
			.andExpect(jsonPath("$.meetings[1].minutes").value(nullValue()))
			.andExpect(jsonPath("$.drafts[*].version").value(contains(1, 2)))
			.andExpect(jsonPath("$.drafts[*].latest").value(contains(false, true)))
			.andExpect(jsonPath("$.drafts[1].title").value("Concept, revised"))
			.andExpect(jsonPath("$.drafts[1].document.sha256").value(WorkingGroupStory.DIGEST_2))
			.andExpect(jsonPath("$.drafts[1].submittedOn").value("2026-04-06"));
	}

	@Test
	void approvalStateOfTheLatestDraftShowsWhatDoesNotCount() throws Exception {
		mvc.perform(get(GROUP_PATH, BRAND.toString()))
			.andExpect(fields("$.approval", "latestVersion", 2, "approvals", 1, "participants", 5))
			.andExpect(jsonPath("$.approval.countries[*].country").value(contains("KZ", "UZ", "KG", "TJ", "TM")))
			.andExpect(jsonPath("$.approval.countries[*].state")
				.value(contains("APPROVED", "WITHHELD", "NO_POSITION", "APPROVED_EARLIER_DRAFT", "NO_POSITION")))
			.andExpect(jsonPath("$.approval.countries[*].countsForLatest")
				.value(contains(true, true, false, false, false)))
			.andExpect(jsonPath("$.approval.countries[0].version").value(2))
			.andExpect(jsonPath("$.approval.countries[0].decidedOn").value("2026-04-10"))
			.andExpect(jsonPath("$.approval.countries[1].note").value("Languages section missing"))
			.andExpect(jsonPath("$.approval.countries[2].version").value(1))
			.andExpect(jsonPath("$.approval.countries[2].decision").value("WITHHELD"))
			.andExpect(jsonPath("$.approval.countries[3].version").value(1))
			.andExpect(jsonPath("$.approval.countries[3].decision").value("APPROVED"))
			.andExpect(jsonPath("$.approval.countries[4].version").value(nullValue()));
	}

	@Test
	void memberMeetingAndDraftAreServedWhereTheCommandSidePointsTo() throws Exception {
		getOk(GROUP_PATH + "/members/{m}", BRAND.toString(), TJ_FIRST.toString())
			.andExpect(jsonPath("$.country").value("TJ"))
			.andExpect(jsonPath("$.leftOn").value("2026-03-09"));
		getOk(GROUP_PATH + "/meetings/{m}", BRAND.toString(), FIRST_MEETING.toString())
			.andExpect(jsonPath("$.place").value("Online"));
		getOk(GROUP_PATH + "/concept-drafts/1", BRAND.toString()).andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.latest").value(false));
	}

	@Test
	void unknownThingsAreNotFound() throws Exception {
		problem(mvc.perform(get(GROUP_PATH, Fixtures.CALENDAR.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("it has no brand working group")));
		problem(mvc.perform(get(GROUP_PATH + "/concept-drafts/7", BRAND.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no concept draft v7")));
		problem(mvc.perform(get(GROUP_PATH + "/members/{m}", BRAND.toString(), FIRST_MEETING.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no member")));
		problem(mvc.perform(get(GROUP_PATH + "/meetings/{m}", BRAND.toString(), TJ_FIRST.toString())), 404);
		problem(mvc.perform(get(GROUP_PATH + "/members/not-a-uuid", BRAND.toString())), 400);

		project(workingGroups::reset);
		problem(mvc.perform(get(GROUP_PATH, BRAND.toString())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no working group is established for initiative")));
	}

	@Test
	void openApiDocumentsTheWorkingGroup() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/working-group'].get").exists())
			.andExpect(jsonPath("$.paths['/api/initiatives/{initiativeId}/working-group/members/{memberId}'].get")
				.exists())
			.andExpect(jsonPath("$.components.schemas.ApprovalView.properties.state.enum").isArray());
	}

}
