package org.cooperation.tracker.command.programme.brand;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.programme.ProgrammeApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brand working group's command API: established once per initiative, addressed
 * through it; members, meetings, drafts and approvals each answer with a Location; bad
 * input is a 4xx problem that stores nothing.
 */
class WorkingGroupApiTest extends ProgrammeApiTest {

	static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	static final String OTHER_DIGEST = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

	static String brand;

	static String calendar;

	static String group;

	static String chair;

	@BeforeEach
	void establishedGroup() {
		if (brand == null) {
			brand = propose("BRAND_WORKING_GROUP", "[\"KZ\",\"UZ\",\"KG\",\"TJ\",\"TM\"]");
			calendar = propose("CULTURAL_CALENDAR", "[\"KZ\"]");
			group = "/api/initiatives/" + brand + "/working-group";
			ResponseEntity<JsonNode> established = send(HttpMethod.POST, group,
					"{\"establishedOn\":\"2026-01-20\",\"note\":\"Decision of the ministers\"}");
			assertThat(established.getStatusCode().value()).as(established.toString()).isEqualTo(201);
			assertThat(established.getHeaders().getLocation()).hasToString(group);
			ResponseEntity<JsonNode> nominated = sendAs("liaison-kz", HttpMethod.POST, group + "/countries/kz/members",
					"""
							{"name":"Sample Member KZ-1","position":"Head of department","role":"CHAIR",
							 "nominatedOn":"2026-01-27"}""");
			chair = created(nominated, "memberId", group + "/members/");
		}
	}

	@Test
	void groupRecordsMembersMeetingsDraftsAndApprovals() {
		ResponseEntity<JsonNode> member = sendAs("liaison-tj", HttpMethod.POST, group + "/countries/TJ/members", """
				{"name":"Sample Member TJ-1","position":"Adviser","role":"MEMBER","nominatedOn":"2026-01-27"}""");
		assertThat(member.getStatusCode().value()).isEqualTo(201);
		String tajik = member.getBody().get("memberId").asText();

		ResponseEntity<JsonNode> replaced = sendAs("liaison-tj", HttpMethod.POST,
				group + "/members/" + tajik + "/replacement",
				"""
						{"name":"Sample Member TJ-2","position":"Deputy head","role":"MEMBER","replacedOn":"2026-03-09"}""");
		String successor = created(replaced, "memberId", group + "/members/");
		assertThat(replaced.getBody().get("replaced").asText()).isEqualTo(tajik);

		ResponseEntity<JsonNode> recalled = sendAs("liaison-tj", HttpMethod.POST,
				group + "/members/" + successor + "/recall", "{\"recalledOn\":\"2026-03-20\"}");
		assertThat(recalled.getStatusCode().value()).isEqualTo(200);

		ResponseEntity<JsonNode> meeting = send(HttpMethod.POST, group + "/meetings", """
				{"heldOn":"2026-02-10","place":"Online","attending":["KZ","uz","KG"],"decisions":"Outline agreed",
				 "minutes":{"url":"https://example.org/minutes.pdf","sha256":"%s"}}""".formatted(DIGEST));
		assertThat(meeting.getStatusCode().value()).as(meeting.toString()).isEqualTo(201);
		assertThat(meeting.getHeaders().getLocation().toString()).startsWith(group + "/meetings/");

		ResponseEntity<JsonNode> draft = send(HttpMethod.POST, group + "/concept-drafts", """
				{"version":1,"title":"Concept","url":"https://example.org/concept-v1.pdf","sha256":"%s",
				 "submittedOn":"2026-02-24"}""".formatted(DIGEST.toUpperCase()));
		assertThat(draft.getStatusCode().value()).as(draft.toString()).isEqualTo(201);
		assertThat(draft.getHeaders().getLocation()).hasToString(group + "/concept-drafts/1");

		ResponseEntity<JsonNode> approved = sendAs("liaison-kz", HttpMethod.PUT,
				group + "/countries/KZ/concept-approval",
				"{\"version\":1,\"decision\":\"APPROVED\",\"decidedOn\":\"2026-03-02\"}");
		assertThat(approved.getStatusCode().value()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.getBody().get("decision").asText()).isEqualTo("APPROVED");

		refused("secretariat", "POST", group + "/concept-drafts", """
				{"version":2,"title":"Concept","url":"https://example.org/concept-v2.pdf","sha256":"%s"}"""
			.formatted(DIGEST), 409, "is already concept draft v1");
		assertThat(send(HttpMethod.POST, group + "/concept-drafts", """
				{"version":2,"title":"Concept, revised","url":"https://example.org/concept-v2.pdf","sha256":"%s",
				 "submittedOn":"2026-04-06"}""".formatted(OTHER_DIGEST)).getStatusCode().value()).isEqualTo(201);
		refused("liaison-uz", "PUT", group + "/countries/UZ/concept-approval",
				"{\"version\":1,\"decision\":\"APPROVED\",\"decidedOn\":\"2026-04-07\"}", 409,
				"concept draft v1 is superseded by v2");
		ResponseEntity<JsonNode> withheld = sendAs("liaison-uz", HttpMethod.PUT,
				group + "/countries/UZ/concept-approval",
				"{\"version\":2,\"decision\":\"WITHHELD\",\"decidedOn\":\"2026-04-08\",\"note\":\"Needs work\"}");
		assertThat(withheld.getStatusCode().value()).as(withheld.toString()).isEqualTo(200);
	}

	@Test
	void groupIsEstablishedOnce() {
		refused("secretariat", "POST", group, "{\"establishedOn\":\"2026-01-21\"}", 409, "is already established");
	}

	/** A member's nomination with only what is required; rows of the table vary it. */
	static final String MEMBER = "{\"name\":\"A\",\"position\":\"B\",\"role\":\"MEMBER\"}";

	/** A meeting in Baku with these attending countries (a JSON array). */
	static String meetingInBaku(String attending) {
		return "{\"heldOn\":\"2026-02-11\",\"place\":\"Baku\",\"attending\":" + attending + "}";
	}

	static Stream<Arguments> badRequests() {
		return Stream.of(
				Arguments.of("secretariat", "POST", "/api/initiatives/{c}/working-group",
						"{\"establishedOn\":\"2026-01-20\"}", 409,
						"a working group belongs to an initiative of kind BRAND_WORKING_GROUP"),
				Arguments.of("liaison-kz", "POST", "/api/initiatives/{c}/working-group/countries/KZ/members", MEMBER,
						404, "no working group is established for initiative"),
				Arguments.of("liaison-uz", "POST", "{g}/countries/UZ/members",
						"{\"name\":\"Sample Member UZ-9\",\"position\":\"B\",\"role\":\"CHAIR\"}", 409,
						"the working group already has a CHAIR: Sample Member KZ-1 (Kazakhstan)"),
				Arguments.of("liaison-az", "POST", "{g}/countries/AZ/members", MEMBER, 409,
						"Azerbaijan does not participate"),
				Arguments.of("liaison-kg", "POST", "{g}/countries/KG/members", MEMBER.replace("MEMBER", "PRESIDENT"),
						400, "'PRESIDENT' is not one of CHAIR, SECRETARY, MEMBER"),
				Arguments.of("liaison-kg", "POST", "{g}/countries/KG/members",
						MEMBER.replace("\"position\":\"B\",", ""), 400, "position is required"),
				Arguments.of("liaison-kg", "POST", "{g}/countries/KG/members",
						MEMBER.replace("}", ",\"nominatedOn\":\"2999-01-01\"}"), 409, "cannot be dated in the future"),
				Arguments.of("liaison-kz", "POST", "{g}/members/00000000-0000-0000-0000-000000000009/recall", "{}", 404,
						"the working group has no member 00000000-0000-0000-0000-000000000009"),
				Arguments.of("secretariat", "POST", "{g}/meetings", meetingInBaku("[\"KZ\",\"AZ\"]"), 409,
						"Azerbaijan does not participate"),
				Arguments.of("secretariat", "POST", "{g}/meetings", meetingInBaku("[\"KZ\",\"kz\"]"), 400,
						"listed twice"),
				Arguments.of("secretariat", "POST", "{g}/meetings", meetingInBaku("[]"), 400,
						"at least one attending country"),
				Arguments.of("secretariat", "POST", "{g}/meetings", """
						{"heldOn":"2026-02-11","place":"Bishkek","attending":["KG"],
						 "minutes":{"url":"https://example.org/m.pdf","sha256":"abc123"}}""", 400,
						"a SHA-256 is 64 hexadecimal characters"),
				Arguments.of("secretariat", "POST", "{g}/meetings", """
						{"heldOn":"2026-02-11","place":"Bishkek","attending":["KG"],
						 "minutes":{"url":"https://example.org/m.pdf"}}""", 400, "minutes sha256 is required"),
				Arguments.of("secretariat", "POST", "{g}/concept-drafts",
						"{\"version\":0,\"title\":\"T\",\"url\":\"https://example.org/d\",\"sha256\":\"" + DIGEST
								+ "\"}",
						400, "a draft version is a number from 1"),
				Arguments.of("secretariat", "POST", "{g}/concept-drafts",
						"{\"title\":\"T\",\"url\":\"http:///nohost\",\"sha256\":\"" + DIGEST + "\",\"version\":1}", 400,
						"not an absolute http(s) address"),
				Arguments.of("liaison-kz", "PUT", "{g}/countries/KZ/concept-approval",
						"{\"version\":1,\"decision\":\"MAYBE\"}", 400, "'MAYBE' is not one of APPROVED, WITHHELD"),
				Arguments.of("liaison-kz", "PUT", "{g}/countries/KZ/concept-approval",
						"{\"version\":1,\"decision\":\"WITHHELD\"}", 400,
						"reason for withholding approval is required"),
				Arguments.of("liaison-kz", "PUT", "{g}/countries/KZ/concept-approval",
						"{\"version\":9,\"decision\":\"APPROVED\"}", 422, "there is no concept draft v9"));
	}

	@ParameterizedTest(name = "{0}: {1} {2} -> {4}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String user, String method, String path, String body, int status,
			String detail) {
		refused(user, method, path.replace("{g}", group).replace("{c}", calendar), body, status, detail);
	}

}
