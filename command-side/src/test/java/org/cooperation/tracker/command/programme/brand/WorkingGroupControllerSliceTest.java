package org.cooperation.tracker.command.programme.brand;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * {@link WorkingGroupController} in a slice: the checks of {@link CommandApiSliceTest} on
 * its writes, its own refusals that need no aggregate, and how it words what Axon reports
 * (a group established twice, a group not established yet).
 */
@CommandApiSlice(WorkingGroupController.class)
class WorkingGroupControllerSliceTest extends CommandApiSliceTest {

	static final String GROUP = "/api/initiatives/3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090/working-group";

	static final String NOMINATION = """
			{"name":"Member","position":"Head","role":"MEMBER","nominatedOn":"2026-01-27"}""";

	@Test
	void establishingTheGroupAnswers201WithTheGroupsLocation() {
		expectCreated(json("POST", GROUP, "secretariat", "{\"establishedOn\":\"2026-01-20\"}"), GROUP, null,
				EstablishWorkingGroup.class);
	}

	@Test
	void aNomineeIsFoundAmongTheMembers() {
		expectCreated(json("POST", GROUP + "/countries/KZ/members", "liaison-kz", NOMINATION), GROUP + "/members/",
				"memberId", NominateMember.class);
	}

	@Test
	void aGroupEstablishedTwiceIsA409AndAMissingGroupA404() {
		given(commands.sendAndWait(any(EstablishWorkingGroup.class)))
			.willThrow(new AggregateStreamCreationException("exists"));
		expectProblemAfterCommand(json("POST", GROUP, "secretariat", "{\"establishedOn\":\"2026-01-20\"}"), 409,
				"is already established");
		given(commands.sendAndWait(any(NominateMember.class)))
			.willThrow(new AggregateNotFoundException("group", "not there"));
		expectProblemAfterCommand(json("POST", GROUP + "/countries/KZ/members", "liaison-kz", NOMINATION), 404,
				"no working group is established for initiative");
	}

	@Test
	void aBadRoleAndAMissingRoleAreRefusedAs400() {
		expectProblem(json("POST", GROUP + "/countries/KZ/members", "liaison-kz", NOMINATION.replace("MEMBER", "BOSS")),
				400, null, "'BOSS' is not one of");
		expectProblem(json("POST", GROUP + "/countries/KZ/members", "liaison-kz",
				NOMINATION.replace("\"role\":\"MEMBER\",", "")), 400, "Invalid request", "role is required");
	}

}
