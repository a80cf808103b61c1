package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An application under test, over real HTTP, on a PostgreSQL server of the test's own
 * that the test stops and starts ({@link OutagePostgres}): what both applications'
 * database-outage tests share. While the database is away, what needs it is answered 503
 * problem+json with a Retry-After (never a 500, never a 401 for a sign-in that cannot be
 * checked), readiness is DOWN and liveness UP; within {@link #RECOVERY_LIMIT} of the
 * restart the application is ready again without being restarted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				// Every request while the database is away waits for the pool's timeout
				// (the
				// limits' check and the request's own work may each wait once); what the
				// test
				// checks is the answer after that wait, not its length (2.5 s in
				// production).
				"spring.datasource.hikari.connection-timeout=1000" })
@DirtiesContext
public abstract class DatabaseOutageCase {

	/** Started before the application, so it finds its database at start. */
	protected static final OutagePostgres POSTGRES = OutagePostgres.start();

	/** How soon after the restart everything must work again. */
	protected static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);

	/** How often a test asks whether the application has recovered. */
	protected static final Duration POLL = Duration.ofMillis(250);

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		POSTGRES.database().registerAsDataSource(registry);
	}

	@AfterAll
	static void stopDatabase() {
		POSTGRES.close();
	}

	/** A 503 problem+json that asks the client to retry, and says when. */
	protected static void expectUnavailable(ResponseEntity<String> answer) {
		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(503);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
		JsonNode problem = read(answer.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(503);
		assertThat(problem.path("detail").asText()).contains("retry");
	}

	/** Without its database the application is not ready, and alive all the same. */
	protected void expectNotReadyButAlive() {
		assertThat(get("/actuator/health/readiness").getStatusCode().value()).as("not ready without a database")
			.isEqualTo(503);
		assertThat(get("/actuator/health/liveness").getStatusCode().value()).as("alive all the same").isEqualTo(200);
	}

	/**
	 * The outage both applications' tests go through: stops the database, runs the checks
	 * of what is answered while it is away, expects the application not ready but alive,
	 * starts the database again (whatever the checks found) and waits, at most
	 * {@link #RECOVERY_LIMIT}, until {@code recovered} holds.
	 * @return the {@link System#nanoTime()} of the restart, to time the recovery from
	 */
	protected long outage(Runnable whileDown, Callable<Boolean> recovered) {
		POSTGRES.stop();
		try {
			whileDown.run();
			expectNotReadyButAlive();
		}
		finally {
			POSTGRES.startAgain();
		}
		long restarted = System.nanoTime();
		await().atMost(RECOVERY_LIMIT).pollInterval(POLL).until(recovered);
		return restarted;
	}

	/**
	 * Waits, at most {@link #RECOVERY_LIMIT}, until the application reports itself ready.
	 */
	protected void awaitReady() {
		await().atMost(RECOVERY_LIMIT).until(() -> get("/actuator/health/readiness").getStatusCode().value() == 200);
	}

	/**
	 * A request of nobody signed in; answers of every status are returned, not thrown.
	 */
	protected ResponseEntity<String> get(String path) {
		return client().build().get().uri(path).retrieve().toEntity(String.class);
	}

	/**
	 * A client signed in as one of the demo accounts (password {@code demo-<name>});
	 * answers of every status are returned, not thrown.
	 */
	protected RestClient signedInAs(String user) {
		return client().defaultHeaders((headers) -> headers.setBasicAuth(user, "demo-" + user)).build();
	}

	private RestClient.Builder client() {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (request, response) -> {
			});
	}

	private static JsonNode read(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the answer is not JSON: " + body, ex);
		}
	}

}
