package org.cooperation.tracker.command.programme.calendar;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;

/**
 * {@link CalendarSubmissionController} in a slice: the checks of
 * {@link CommandApiSliceTest} on its writes, and its own answers and refusals that need
 * no aggregate.
 */
@CommandApiSlice(CalendarSubmissionController.class)
class CalendarSubmissionControllerSliceTest extends CommandApiSliceTest {

	static final String SUBMISSIONS = "/api/initiatives/3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090/calendar/submissions";

	static final String SUBMISSION = """
			{"country":"KZ","editionYear":2026,"title":{"en":"Folk festival"},"type":"FESTIVAL",
			 "city":"Almaty","startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union"}""";

	@Test
	void submittingAnEventAnswers201WithItsLocation() {
		expectCreated(json("POST", SUBMISSIONS, "liaison-kz", SUBMISSION), SUBMISSIONS + "/", "submissionId",
				SubmitCalendarEvent.class);
	}

	@Test
	void aMissingYearAndABadDecisionAreRefusedAs400() {
		expectProblem(json("POST", SUBMISSIONS, "liaison-kz", SUBMISSION.replace("\"editionYear\":2026,", "")), 400,
				"Invalid request", "editionYear is required");
		expectProblem(json("PUT", SUBMISSIONS + "/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9/decision", "secretariat",
				"{\"decision\":\"MAYBE\"}"), 400, null, "'MAYBE' is not one of");
	}

}
