package org.cooperation.tracker.query.programme.brand.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.query.programme.brand.DraftView;
import org.cooperation.tracker.query.programme.brand.MeetingView;
import org.cooperation.tracker.query.programme.brand.MemberView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link WorkingGroupApi} in a slice: the group with its ETag, a member, a meeting and a
 * draft where the command side points to, and the problems for what is unknown.
 */
class WorkingGroupApiSliceTest extends QuerySliceTest {

	static final String GROUP = "/api/initiatives/" + INITIATIVE + "/working-group";

	@Autowired
	WorkingGroupQueries queries;

	@Test
	void theGroupCarriesItsVersionAsETag() throws Exception {
		given(queries.workingGroup(INITIATIVE)).willReturn(versioned(INITIATIVE, mock(WorkingGroupView.class)));
		expectRecord(GROUP, 3);
	}

	@Test
	void aMemberAMeetingAndADraftAreServedWhereTheCommandSidePointsTo() throws Exception {
		UUID member = UUID.randomUUID();
		UUID meeting = UUID.randomUUID();
		given(queries.member(INITIATIVE, member)).willReturn(mock(MemberView.class));
		json(get(GROUP + "/members/{m}", member));
		given(queries.meeting(INITIATIVE, meeting)).willReturn(mock(MeetingView.class));
		json(get(GROUP + "/meetings/{m}", meeting));
		given(queries.draft(INITIATIVE, 2)).willReturn(mock(DraftView.class));
		json(get(GROUP + "/concept-drafts/2"));
	}

	@Test
	void unknownThingsAreNotFoundAndMalformedOnesAreBadRequests() throws Exception {
		given(queries.workingGroup(INITIATIVE))
			.willThrow(notFound("no working group is established for initiative " + INITIATIVE));
		problem(get(GROUP), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no working group is established for initiative")));
		given(queries.draft(INITIATIVE, 7)).willThrow(notFound("the working group has no concept draft v7"));
		problem(get(GROUP + "/concept-drafts/7"), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no concept draft v7")));
		problem(get(GROUP + "/members/not-a-uuid"), 400)
			.andExpect(jsonPath("$.detail").value(containsString("memberId")));
		problem(get(GROUP + "/concept-drafts/latest"), 400)
			.andExpect(jsonPath("$.detail").value("'latest' is not a valid version"));
	}

}
