package org.cooperation.tracker.query.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The brand working group end to end: the secretariat establishes it, liaisons nominate
 * members, the group meets and puts forward drafts, countries approve; an official reads
 * the roster, the meetings and an approval that a newer draft superseded.
 */
class WorkingGroupEndToEndIT extends EndToEndTest {

	static final String DIGEST_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	static final String DIGEST_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

	@Test
	void groupMeetsDraftsAndCountriesApproveTheLatestDraft() throws Exception {
		String[] ids = recordProtocol().split("/");
		String brand = propose(ids[0], ids[1], "BRAND_WORKING_GROUP", "Working group on the cultural brand", "KZ", "UZ",
				"KG", "TJ", "TM");
		String group = "/api/initiatives/" + brand + "/working-group";

		Answer established = send("POST", command(group), "{\"establishedOn\":\"2026-01-20\"}");
		assertThat(established.status()).isEqualTo(201);
		assertThat(established.location()).isEqualTo(group);
		assertThat(send("POST", command(group), "{\"establishedOn\":\"2026-01-21\"}").status()).isEqualTo(409);

		Answer chair = sendAs("liaison-kz", "POST", command(group + "/countries/kz/members"),
				"""
						{"name":"Sample Member KZ-1","position":"Head of department","role":"CHAIR","nominatedOn":"2026-01-27"}""");
		assertThat(chair.status()).isEqualTo(201);
		Answer secondChair = sendAs("liaison-uz", "POST", command(group + "/countries/UZ/members"), """
				{"name":"Sample Member UZ-1","position":"Adviser","role":"CHAIR","nominatedOn":"2026-01-27"}""");
		assertThat(secondChair.status()).isEqualTo(409);
		assertThat(secondChair.body().get("detail").asText()).contains("already has a CHAIR");
		assertThat(sendAs("liaison-uz", "POST", command(group + "/countries/UZ/members"), """
				{"name":"Sample Member UZ-1","position":"Adviser","role":"SECRETARY","nominatedOn":"2026-01-27"}""")
			.status()).isEqualTo(201);

		Answer meeting = send("POST", command(group + "/meetings"), """
				{"heldOn":"2026-02-10","place":"Online","attending":["KZ","UZ"],"decisions":"Outline agreed",
				 "minutes":{"url":"https://example.org/minutes.pdf","sha256":"%s"}}""".formatted(DIGEST_1));
		assertThat(meeting.status()).isEqualTo(201);
		assertThat(send("POST", command(group + "/concept-drafts"), """
				{"version":1,"title":"Concept","url":"https://example.org/v1.pdf","sha256":"%s",
				 "submittedOn":"2026-02-24"}""".formatted(DIGEST_1)).status()).isEqualTo(201);
		assertThat(sendAs("liaison-kz", "PUT", command(group + "/countries/KZ/concept-approval"),
				"{\"version\":1,\"decision\":\"APPROVED\",\"decidedOn\":\"2026-03-02\"}")
			.status()).isEqualTo(200);
		Answer second = send("POST", command(group + "/concept-drafts"), """
				{"version":2,"title":"Concept, revised","url":"https://example.org/v2.pdf","sha256":"%s",
				 "submittedOn":"2026-04-06"}""".formatted(DIGEST_2));
		assertThat(second.status()).isEqualTo(201);

		JsonNode superseded = awaitQuery(group, (g) -> g.get("approval").get("latestVersion").asInt() == 2);
		assertThat(superseded.get("approval").get("countries").get(0).get("state").asText())
			.isEqualTo("APPROVED_EARLIER_DRAFT");
		assertThat(superseded.get("approval").get("approvals").asInt()).isZero();

		assertThat(sendAs("liaison-kz", "PUT", command(group + "/countries/KZ/concept-approval"),
				"{\"version\":2,\"decision\":\"APPROVED\",\"decidedOn\":\"2026-04-10\"}")
			.status()).isEqualTo(200);
		JsonNode approved = awaitQuery(group, (g) -> g.get("approval").get("approvals").asInt() == 1);
		assertThat(approved.get("roster").get(0).get("members").get(0).get("role").asText()).isEqualTo("CHAIR");
		assertThat(approved.get("roster").get(1).get("members").get(0).get("role").asText()).isEqualTo("SECRETARY");
		assertThat(approved.get("meetings").get(0).get("minutes").get("sha256").asText()).isEqualTo(DIGEST_1);
		assertThat(approved.get("drafts")).hasSize(2);

		assertThat(send("GET", query(chair.location()), null).status()).isEqualTo(200);
		assertThat(send("GET", query(meeting.location()), null).status()).isEqualTo(200);
		assertThat(send("GET", query(second.location()), null).body().get("latest").asBoolean()).isTrue();
		Answer page = send("GET", query("/initiatives/" + brand + "/working-group"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
	}

}
