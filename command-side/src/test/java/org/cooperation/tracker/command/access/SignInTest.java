package org.cooperation.tracker.command.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Built-in sign-in over real HTTP: who is let in, who is turned away, and how the answer
 * reads. Nothing a refused caller sends is stored.
 */
class SignInTest extends CommandSideIntegrationTest {

	static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"Sign-in test meeting"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"KG","role":"MEMBER"}],"directions":[{"title":{"en":"One"}}]}""";

	@Test
	void withoutCredentialsTheApiAnswers401ProblemWithAChallengeAndACorrelationId() {
		long before = storedEvents();
		ResponseEntity<JsonNode> answer = post(anonymous(), PROTOCOL);
		assertThat(answer.getStatusCode().value()).isEqualTo(401);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertThat(answer.getHeaders().getFirst("X-Correlation-Id")).isNotBlank();
		assertThat(answer.getBody().get("detail").asText()).isEqualTo("sign in to use the tracker");
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void aWrongPasswordAndAnUnknownUserReadTheSame() {
		ResponseEntity<JsonNode> wrongPassword = post(client("secretariat", "not-the-password"), PROTOCOL);
		ResponseEntity<JsonNode> unknownUser = post(client("nobody-here", "demo-nobody-here"), PROTOCOL);
		assertThat(wrongPassword.getStatusCode().value()).isEqualTo(401);
		assertThat(unknownUser.getStatusCode().value()).isEqualTo(401);
		assertThat(wrongPassword.getBody().get("detail")).isEqualTo(unknownUser.getBody().get("detail"));
	}

	@Test
	void readersAreRefusedEveryWriteWith403() {
		long before = storedEvents();
		for (String reader : new String[] { "official", "auditor", "admin" }) {
			ResponseEntity<JsonNode> answer = post(signedInAs(reader), PROTOCOL);
			assertThat(answer.getStatusCode().value()).as(reader).isEqualTo(403);
			assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(answer.getBody().get("detail").asText()).contains(reader);
		}
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void everyStoredEventNamesTheSignedInCallerAndTheRequest() throws Exception {
		ResponseEntity<JsonNode> answer = signedInAs("secretariat").post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Correlation-Id", "ticket-4711")
			.body(PROTOCOL)
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("ticket-4711");
		String metadata = jdbc
			.queryForObject(
					"SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? "
							+ "ORDER BY sequencenumber LIMIT 1",
					String.class, answer.getBody().get("protocolId").asText());
		assertThat(metadata).contains("\"actor\":\"secretariat\"", "\"actorRole\":\"SECRETARIAT\"",
				"\"correlationId\":\"ticket-4711\"", "\"origin\":\"127.0.0.1\"");
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		RestClient admin = signedInAs("admin");
		ResponseEntity<JsonNode> created = admin.post()
			.uri("/api/admin/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"username":"leaving-official","password":"a long enough password","role":"OFFICIAL"}""")
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		RestClient leaving = client("leaving-official", "a long enough password");
		assertThat(leaving.get().uri("/api/admin/users").retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(403);
		assertThat(admin.put()
			.uri("/api/admin/users/leaving-official/enabled")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\":false}")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(204);
		assertThat(leaving.get().uri("/api/admin/users").retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(401);
	}

	private ResponseEntity<JsonNode> post(RestClient client, String body) {
		return client.method(HttpMethod.POST)
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private RestClient anonymous() {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl(baseUrl())
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
	}

	private RestClient client(String user, String password) {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl(baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth(user, password))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
	}

}
