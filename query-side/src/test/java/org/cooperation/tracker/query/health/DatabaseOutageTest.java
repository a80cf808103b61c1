package org.cooperation.tracker.query.health;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.testing.OutagePostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side while its database is away and after it comes back, over real HTTP on a
 * PostgreSQL server this test stops and starts: reads answer 503 problem+json and pages a
 * 503 page (never 500, never data that looks current), readiness goes DOWN while liveness
 * stays UP, and within 30 seconds of the restart reads succeed and the projections apply
 * new events again, without restarting the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000" })
@DirtiesContext
class DatabaseOutageTest {

	private static final OutagePostgres POSTGRES = OutagePostgres.start();

	static {
		CommandSideTables.create(POSTGRES.url(), POSTGRES.user(), POSTGRES.password());
	}

	private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	EventStorageEngine storageEngine;

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
	void readsAnswer503WhileTheDatabaseIsDownAndEverythingResumesSoonAfterItIsBack() throws Exception {
		assertThat(signedInAs("official").get()
			.uri("/api/protocols")
			.retrieve()
			.toEntity(String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		await().atMost(RECOVERY_LIMIT).until(() -> get("/actuator/health/readiness").getStatusCode().value() == 200);

		POSTGRES.stop();
		try {
			expectUnavailable(signedInAs("official").get().uri("/api/protocols").retrieve().toEntity(String.class));
			// Never signed in: the account cannot be read, which is no reason for a 401.
			expectUnavailable(signedInAs("admin").get().uri("/api/protocols").retrieve().toEntity(String.class));
			ResponseEntity<String> page = signedInAs("official").get()
				.uri("/")
				.accept(MediaType.TEXT_HTML)
				.retrieve()
				.toEntity(String.class);
			assertThat(page.getStatusCode().value()).isEqualTo(503);
			assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			assertThat(page.getBody()).contains("Reload the page");
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
			.until(() -> signedInAs("official").get()
				.uri("/api/protocols")
				.retrieve()
				.toEntity(String.class)
				.getStatusCode()
				.value() == 200);
		long readsBack = Duration.ofNanos(System.nanoTime() - restarted).toMillis();

		ProtocolId protocol = ProtocolId.random();
		storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
				new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
						LocalizedText.english("Meeting after the outage"),
						List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
				Fixtures.secretariat())));
		await().atMost(RECOVERY_LIMIT)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> signedInAs("official").get()
				.uri("/api/protocols/" + protocol.value())
				.retrieve()
				.toEntity(String.class)
				.getStatusCode()
				.value() == 200);
		long projectingBack = Duration.ofNanos(System.nanoTime() - restarted).toMillis();
		await().atMost(RECOVERY_LIMIT).until(() -> get("/actuator/health/readiness").getStatusCode().value() == 200);
		System.out.printf(
				"Query side: reads succeed %d ms, new events are projected %d ms after PostgreSQL restarted%n",
				readsBack, projectingBack);
		assertThat(projectingBack).isLessThan(RECOVERY_LIMIT.toMillis());
	}

	private void expectUnavailable(ResponseEntity<String> answer) throws Exception {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		JsonNode problem = json.readTree(answer.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(503);
		assertThat(problem.path("detail").asText()).contains("retry");
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
