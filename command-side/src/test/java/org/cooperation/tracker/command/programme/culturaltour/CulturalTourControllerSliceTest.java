package org.cooperation.tracker.command.programme.culturaltour;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;

/**
 * {@link CulturalTourController} in a slice: the checks of {@link CommandApiSliceTest} on
 * its writes, and its own answers and refusals that need no aggregate.
 */
@CommandApiSlice(CulturalTourController.class)
class CulturalTourControllerSliceTest extends CommandApiSliceTest {

	static final String TOUR = "/api/initiatives/3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090/cultural-tour";

	@Test
	void openingAProgrammeAnswers201WithTheLocationOfItsYear() {
		expectCreated(json("POST", TOUR + "/programmes", "secretariat", "{\"year\":2027}"), TOUR + "/programmes/2027",
				null, OpenTourProgramme.class);
	}

	@Test
	void registeringAFilmAnswers201WithItsLocation() {
		expectCreated(
				json("POST", TOUR + "/films", "liaison-kg",
						"{\"holder\":\"KG\",\"title\":{\"en\":\"Film\"},\"year\":1964,\"rightsCleared\":true}"),
				TOUR + "/films/", "filmId", RegisterArchivalFilm.class);
	}

	@Test
	void aBadYearABadKindAMissingStateAndAPlannedStateAreRefusedAs400() {
		expectProblem(json("POST", TOUR + "/programmes/next/legs", "liaison-uz", "{}"), 400, "Invalid value",
				"for year");
		expectProblem(
				json("POST", TOUR + "/programmes/2026/legs", "liaison-uz",
						"{\"kind\":\"PICNIC\",\"origin\":\"KZ\",\"host\":\"UZ\"}"),
				400, null, "'PICNIC' is not one of");
		String leg = TOUR + "/programmes/2026/legs/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/state";
		expectProblem(json("PUT", leg, "liaison-uz", "{}"), 400, "Invalid request", "state is required");
		expectProblem(json("PUT", leg, "liaison-uz", "{\"state\":\"PLANNED\"}"), 400, "Invalid request",
				"a leg is PLANNED when it is added");
	}

}
