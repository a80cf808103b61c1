package org.cooperation.tracker.command.programme;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API of programme records over real HTTP: a protocol with one direction, and
 * helpers to propose initiatives under it and to check refusals.
 */
public abstract class ProgrammeApiTest extends CommandSideIntegrationTest {

	private static String protocolId;

	private static String directionId;

	protected RestClient http;

	@BeforeEach
	void protocol() {
		http = signedInAs("secretariat");
		if (protocolId == null) {
			JsonNode protocol = send(HttpMethod.POST, "/api/protocols", """
					{"meetingDate":"2025-11-14","place":"Tashkent",
					 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
					 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
					            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
					            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
					 "directions":[{"title":{"en":"Cultural events"}}]}""").getBody();
			protocolId = protocol.get("protocolId").asText();
			directionId = protocol.get("directionIds").get(0).asText();
		}
	}

	/** Proposes an initiative of this kind to these participants; returns its id. */
	protected String propose(String kind, String participants) {
		return propose(kind, kind + " initiative", participants);
	}

	/** Proposes an initiative with this English title; returns its id. */
	protected String propose(String kind, String title, String participants) {
		ResponseEntity<JsonNode> answer = send(HttpMethod.POST, "/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s"},
				 "participants":%s}""".formatted(protocolId, directionId, kind, title, participants));
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		return answer.getBody().get("initiativeId").asText();
	}

	/** Sends a request as the secretariat. */
	protected ResponseEntity<JsonNode> send(HttpMethod method, String path, String body) {
		return send(http, method, path, body);
	}

	/** Sends a request as one of the demo accounts, e.g. a country's liaison. */
	protected ResponseEntity<JsonNode> sendAs(String user, HttpMethod method, String path, String body) {
		return send(signedInAs(user), method, path, body);
	}

	private static ResponseEntity<JsonNode> send(RestClient client, HttpMethod method, String path, String body) {
		return client.method(method)
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	/**
	 * Sends a request as {@code user} that must be refused with this status and a problem
	 * whose detail contains the text, leaving the event store as it was.
	 */
	protected void refused(String user, String method, String path, String body, int status, String detail) {
		long before = storedEvents();
		ResponseEntity<JsonNode> answer = sendAs(user, HttpMethod.valueOf(method), path, body);
		assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("detail").asText()).contains(detail);
		assertThat(answer.getBody().toString()).doesNotContain("Exception");
		assertThat(storedEvents()).isEqualTo(before);
	}

}
