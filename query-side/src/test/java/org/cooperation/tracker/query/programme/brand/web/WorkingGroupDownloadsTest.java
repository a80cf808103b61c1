package org.cooperation.tracker.query.programme.brand.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.CsvAnswers.csv;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.BRAND;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.FIRST_MEETING;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.GROUP;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.KG_MEMBER;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.KZ_CHAIR;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.SECOND_MEETING;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_FIRST;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_SECOND;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.UZ_SECRETARY;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The working group's members, meetings, concept drafts and positions as CSV, each as the
 * group's JSON holds them.
 */
class WorkingGroupDownloadsTest extends QuerySideTestBase {

	static final String BASE = "/api/initiatives/{id}/working-group";

	static final MeetingId FORMULA_MEETING = new MeetingId(UUID.fromString("00000000-0000-4000-8000-0000000b0009"));

	static final String FORMULA = "=HYPERLINK(\"https://example.org/x\",\"click\")";

	@Autowired
	private WorkingGroupProjection workingGroups;

	@BeforeEach
	void recordTheGroup() {
		recordInitiativesAnd(() -> {
			WorkingGroupStory.feed(workingGroups);
			workingGroups.on(
					new MeetingRecorded(GROUP, FORMULA_MEETING, LocalDate.of(2026, 5, 5), "-Bishkek",
							Set.of(Country.KG), FORMULA, null),
					Fixtures.recorded(17L, Fixtures.later(317), Fixtures.secretariat()));
		}, WorkingGroupStory.brandProposed(), Fixtures.calendarProposed());
	}

	@Test
	void membersPresentAndFormerAreLinesByCountry() throws Exception {
		CsvFile members = csv(mvc, "working-group-members-" + BRAND, BASE + "/members.csv", BRAND.toString());
		assertThat(members.header()).containsExactly("member_id", "country", "name", "position", "role", "joined_on",
				"predecessor_id", "departure", "left_on", "successor_id", "departure_note", "sample");
		assertThat(members.column("member_id")).containsExactly(KZ_CHAIR.toString(), UZ_SECRETARY.toString(),
				KG_MEMBER.toString(), TJ_SECOND.toString(), TJ_FIRST.toString());
		assertThat(members.row("member_id", KZ_CHAIR.toString()).toMap()).containsEntry("country", "KZ")
			.containsEntry("name", "Sample Member KZ-1")
			.containsEntry("position", "Adviser")
			.containsEntry("role", "CHAIR")
			.containsEntry("joined_on", "2026-01-27")
			.containsEntry("departure", "");
		assertThat(members.row("member_id", TJ_FIRST.toString()).toMap()).containsEntry("departure", "REPLACED")
			.containsEntry("successor_id", TJ_SECOND.toString())
			.containsEntry("left_on", "2026-03-09")
			.containsEntry("sample", "true");
		assertThat(members.row("member_id", KG_MEMBER.toString()).toMap()).containsEntry("departure", "RECALLED")
			.containsEntry("departure_note", "Moved to a new post");
	}

	@Test
	void meetingsComeInDateOrderAndAFormulaIsPlainText() throws Exception {
		CsvFile meetings = csv(mvc, "working-group-meetings-" + BRAND, BASE + "/meetings.csv", BRAND.toString());
		assertThat(meetings.header()).containsExactly("meeting_id", "held_on", "place", "attending", "decisions",
				"minutes_url", "minutes_sha256", "sample");
		assertThat(meetings.column("meeting_id")).containsExactly(FIRST_MEETING.toString(), SECOND_MEETING.toString(),
				FORMULA_MEETING.toString());
		assertThat(meetings.row("meeting_id", FIRST_MEETING.toString()).toMap()).containsEntry("held_on", "2026-02-10")
			.containsEntry("place", "Online")
			.containsEntry("attending", "KZ; UZ")
			.containsEntry("decisions", "Outline agreed")
			.containsEntry("minutes_url", "https://example.org/minutes-1.pdf")
			.containsEntry("minutes_sha256", WorkingGroupStory.MINUTES_DIGEST);
		assertThat(meetings.row("meeting_id", SECOND_MEETING.toString()).get("minutes_url")).isEmpty();
		assertThat(meetings.row("meeting_id", FORMULA_MEETING.toString()).toMap())
			.containsEntry("decisions", "'" + FORMULA)
			.containsEntry("place", "'-Bishkek");
	}

	@Test
	void draftsAndEveryCountrysPositionOnEachAreLines() throws Exception {
		CsvFile drafts = csv(mvc, "working-group-concept-drafts-" + BRAND, BASE + "/concept-drafts.csv",
				BRAND.toString());
		assertThat(drafts.header()).containsExactly("version", "title", "url", "sha256", "submitted_on", "latest",
				"sample");
		assertThat(drafts.column("version")).containsExactly("1", "2");
		assertThat(drafts.row("version", "2").toMap()).containsEntry("title", "Concept, revised")
			.containsEntry("sha256", WorkingGroupStory.DIGEST_2)
			.containsEntry("submitted_on", "2026-04-06")
			.containsEntry("latest", "true");
		CsvFile positions = csv(mvc, "working-group-positions-" + BRAND, BASE + "/positions.csv", BRAND.toString());
		assertThat(positions.header()).containsExactly("version", "latest", "country", "decision", "decided_on", "note",
				"sample");
		assertThat(positions.rows()).hasSize(2 * 5);
		assertThat(positions.column("decision")).containsExactly("APPROVED", "", "WITHHELD", "APPROVED", "", "APPROVED",
				"WITHHELD", "", "", "");
		assertThat(positions.rows().get(6).toMap()).containsEntry("version", "2")
			.containsEntry("latest", "true")
			.containsEntry("country", "UZ")
			.containsEntry("decided_on", "2026-04-14")
			.containsEntry("note", "Languages section missing");
	}

	@Test
	void thePageLinksToEveryFileAndServesThem() throws Exception {
		String page = getOk("/initiatives/{id}/working-group", BRAND.toString()).andReturn()
			.getResponse()
			.getContentAsString();
		for (String file : new String[] { "members", "meetings", "concept-drafts", "positions" }) {
			assertThat(page).contains("href=\"/initiatives/" + BRAND + "/working-group/" + file + ".csv\"");
			csv(mvc, "working-group-" + file + "-" + BRAND, "/initiatives/{id}/working-group/" + file + ".csv",
					BRAND.toString());
		}
		mvc.perform(get("/initiatives/{id}/working-group/members.csv", "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<html")));
	}

	@Test
	void anUnknownInitiativeOrOneOfAnotherKindIsAProblem() throws Exception {
		for (String file : new String[] { "/members.csv", "/meetings.csv", "/concept-drafts.csv", "/positions.csv" }) {
			problem(mvc.perform(get(BASE + file, "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c")), 404);
			problem(mvc.perform(get(BASE + file, CALENDAR.toString())), 404);
		}
	}

}
