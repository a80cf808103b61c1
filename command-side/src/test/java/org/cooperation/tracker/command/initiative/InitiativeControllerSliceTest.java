package org.cooperation.tracker.command.initiative;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;

/**
 * {@link InitiativeController} in a slice: the checks of {@link CommandApiSliceTest} on
 * its writes, and its own answers and refusals that need no aggregate.
 */
@CommandApiSlice(InitiativeController.class)
class InitiativeControllerSliceTest extends CommandApiSliceTest {

	static final String INITIATIVE = "/api/initiatives/3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090";

	static final String PROPOSAL = """
			{"protocolId":"6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4","directionId":"0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9",
			 "kind":"OTHER","title":{"en":"Festival"},"participants":["KZ","UZ"]}""";

	@Test
	void proposingAnInitiativeAnswers201WithItsLocation() {
		expectCreated(json("POST", "/api/initiatives", "secretariat", PROPOSAL), "/api/initiatives/", "initiativeId",
				ProposeInitiative.class);
	}

	@Test
	void aProgressReportIsFoundUnderItsInitiative() {
		expectCreated(json("POST", INITIATIVE + "/countries/KG/progress-reports", "liaison-kg", "{\"percent\":40}"),
				INITIATIVE + "/progress-reports/", "reportId", FileProgressReport.class);
	}

	@Test
	void aBadKindAMissingPercentAnOutOfRangePercentAndAnUnknownCountryAreRefusedAs400() {
		expectProblem(json("POST", "/api/initiatives", "secretariat", PROPOSAL.replace("OTHER", "FESTIVAL")), 400, null,
				"'FESTIVAL' is not one of");
		expectProblem(json("POST", INITIATIVE + "/countries/TJ/progress-reports", "liaison-tj", "{}"), 400,
				"Invalid request", "percent is required");
		expectProblem(json("POST", INITIATIVE + "/countries/TJ/progress-reports", "liaison-tj", "{\"percent\":101}"),
				400, "Invalid request", "between 0 and 100");
		expectProblem(
				json("POST", INITIATIVE + "/countries/TJ/progress-reports", "liaison-tj", "{\"percent\":\"many\"}"),
				400, null, "not a valid Integer");
		expectProblem(
				json("PUT", INITIATIVE + "/countries/XX/status", "secretariat",
						"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\"}"),
				400, "Invalid request", "unknown country 'XX'");
	}

}
