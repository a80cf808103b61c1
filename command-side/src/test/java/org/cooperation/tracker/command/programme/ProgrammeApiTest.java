package org.cooperation.tracker.command.programme;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.HttpMethod;
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
			JsonNode protocol = send(HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL).getBody();
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

}
