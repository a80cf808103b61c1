package org.cooperation.tracker.command.programme.calendar;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;

import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void aRefusedFieldIsPointedAtSoThatAFormShowsTheRefusalBesideIt() throws Exception {
		MvcResult lastDay = expectProblem(
				json("POST", SUBMISSIONS, "liaison-kz",
						SUBMISSION.replace("\"endDate\":\"2026-06-14\"", "\"endDate\":\"2026-06-10\"")),
				400, "Invalid request", "endDate 2026-06-10 is before startDate 2026-06-12");
		assertThat(JsonPath.<String>read(lastDay.getResponse().getContentAsString(), "$.errors[0].pointer"))
			.isEqualTo("/endDate");
		MvcResult type = expectProblem(
				json("POST", SUBMISSIONS, "liaison-kz", SUBMISSION.replace("\"FESTIVAL\"", "\"PARADE\"")), 400, null,
				"'PARADE' is not one of");
		assertThat(JsonPath.<String>read(type.getResponse().getContentAsString(), "$.errors[0].pointer"))
			.isEqualTo("/type");
		MvcResult title = expectProblem(
				json("POST", SUBMISSIONS, "liaison-kz",
						SUBMISSION.replace("{\"en\":\"Folk festival\"}", "{\"en\":\"Folk\\u0000festival\"}")),
				400, null, "title.en");
		assertThat(JsonPath.<String>read(title.getResponse().getContentAsString(), "$.errors[0].pointer"))
			.isEqualTo("/title/en");
		MvcResult inWords = expectProblem(
				json("POST", SUBMISSIONS, "liaison-kz",
						SUBMISSION.replace("\"endDate\":\"2026-06-14\"", "\"endDate\":\"2028-06-14\"")),
				400, null, "an event spans at most");
		assertThat(inWords.getResponse().getContentAsString()).as("a problem without a field points nowhere")
			.doesNotContain("\"errors\"");
	}

}
