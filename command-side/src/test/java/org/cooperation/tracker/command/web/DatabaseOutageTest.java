package org.cooperation.tracker.command.web;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.testing.OutagePostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side while its database is away and after it comes back, over real HTTP on
 * a PostgreSQL server this test stops and starts: every write is answered 503
 * problem+json (never 500, and a sign-in that cannot be checked is not a 401), readiness
 * goes DOWN while liveness stays UP, and writes succeed again within 30 seconds of the
 * restart without restarting the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000" })
@DirtiesContext
class DatabaseOutageTest {

	private static final OutagePostgres POSTGRES = OutagePostgres.start();

	private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

	private static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent",
			 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"}],
			 "directions":[{"title":{"en":"Cultural events"}}]}""";

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", POSTGRES::url);
		registry.add("spring.datasource.username", POSTGRES::user);
		registry.add("spring.datasource.password", POSTGRES::password);
	}

	@AfterAll
	static void stopDatabase() {
		POSTGRES.close();
	}

	@Test
	void writesAnswer503WhileTheDatabaseIsDownAndSucceedSoonAfterItIsBack() throws Exception {
		assertThat(recordProtocol("secretariat", null).getStatusCode().value()).isEqualTo(201);
		assertThat(get("/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);

		POSTGRES.stop();
		try {
			// Signed in a moment ago: sign-in is remembered, the event store is not
			// there.
			expectUnavailable(recordProtocol("secretariat", null));
			expectUnavailable(recordProtocol("secretariat", UUID.randomUUID().toString()));
			// Never signed in: the account cannot be read, which is no reason for a 401.
			expectUnavailable(recordProtocol("official", null));
			expectUnavailable(signedInAs("auditor").get().uri("/api/admin/users").retrieve().toEntity(String.class));
			assertThat(get("/actuator/health/readiness").getStatusCode().value()).as("not ready without a database")
				.isEqualTo(503);
			assertThat(get("/actuator/health/liveness").getStatusCode().value()).as("alive all the same")
				.isEqualTo(200);
		}
		finally {
			POSTGRES.startAgain();
		}
		long restarted = System.nanoTime();

		await().atMost(RECOVERY_LIMIT)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> recordProtocol("secretariat", null).getStatusCode().value() == 201);
		Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
		System.out.printf("Command side: writes succeed again %d ms after PostgreSQL restarted%n", recovery.toMillis());
		assertThat(recordProtocol("official", null).getStatusCode().value())
			.as("an official signs in again, and may not record a protocol")
			.isEqualTo(403);
		await().atMost(RECOVERY_LIMIT).until(() -> get("/actuator/health/readiness").getStatusCode().value() == 200);
	}

	private void expectUnavailable(ResponseEntity<String> answer) throws Exception {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		JsonNode problem = json.readTree(answer.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(503);
		assertThat(problem.path("detail").asText()).contains("retry");
	}

	private ResponseEntity<String> recordProtocol(String user, String idempotencyKey) {
		return signedInAs(user).post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (idempotencyKey != null) {
					headers.set("Idempotency-Key", idempotencyKey);
				}
			})
			.body(PROTOCOL)
			.retrieve()
			.toEntity(String.class);
	}

	private ResponseEntity<String> get(String path) {
		return client().build().get().uri(path).retrieve().toEntity(String.class);
	}

	private RestClient signedInAs(String user) {
		return client().defaultHeaders(headers -> headers.setBasicAuth(user, "demo-" + user)).build();
	}

	private RestClient.Builder client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			});
	}

}
