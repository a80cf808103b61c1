package org.cooperation.tracker.command.waits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cooperation.tracker.eventstore.ConcurrentAppends;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A busy command side says it is busy, over real HTTP on a real PostgreSQL, with a small
 * pool (4 connections, 1 s connection timeout): a request that cannot get a connection or
 * a lock within its bounded wait is answered 503 "Server busy" with Retry-After, never
 * 500 and never "the database cannot be reached"; it stores nothing, and a retry with the
 * same Idempotency-Key runs afresh. Readiness stays UP: queued writers do not take a
 * working instance out of service.
 * <p>
 * The slow writer holds its transaction for {@code tracker.test.slow-writer-hold} (20 s
 * in every build; the two minutes with
 * {@code -Dtracker.test.slow-writer-hold=PT2M}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000", "spring.datasource.hikari.maximum-pool-size=4",
				"spring.datasource.hikari.connection-timeout=1000" })
class BusyServerTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final Duration SLOW_WRITER_HOLDS = Duration
		.parse(System.getProperty("tracker.test.slow-writer-hold", "PT20S"));

	/**
	 * The longest a request may take however busy the server: the pool's timeout, the
	 * record's lock and the append lock (1 + 3 + 3 s here), with room for a loaded
	 * machine.
	 */
	private static final Duration ANSWER_BOUND = Duration.ofSeconds(15);

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent",
			 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
			            {"country":"KG","role":"MEMBER"}],
			 "directions":[{"title":{"en":"Cultural events"}}]}""";

	/** A protocol records two events: ProtocolRecorded and one DirectionAgreed. */
	private static final int EVENTS_PER_PROTOCOL = 2;

	private static final String PROGRESS = """
			{"percent":40,"asOf":"2025-12-20","note":"Draft calendar sent"}""";

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource pool;

	@Autowired
	JdbcTemplate jdbc;

	private String protocolId;

	private String initiativeId;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	record Answer(int status, String retryAfter, String contentType, JsonNode body, Duration took) {

		String title() {
			return (body != null) ? body.path("title").asText() : "";
		}

		String detail() {
			return (body != null) ? body.path("detail").asText() : "";
		}

		boolean busy() {
			return status == 503 && "Server busy".equals(title());
		}

		@Override
		public String toString() {
			return status + " " + title() + ": " + detail() + " (Retry-After " + retryAfter + ", " + took.toMillis()
					+ " ms)";
		}

	}

	@BeforeEach
	void anInitiativeOfItsOwn() throws Exception {
		Answer protocol = send("secretariat", "POST", "/api/protocols", PROTOCOL, null);
		assertThat(protocol.status()).as(protocol.toString()).isEqualTo(201);
		protocolId = protocol.body().get("protocolId").asText();
		Answer initiative = send("secretariat", "POST", "/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
				 "title":{"en":"Central Asian cultural calendar"},"participants":["KZ","UZ","KG"]}"""
			.formatted(protocolId, protocol.body().get("directionIds").get(0).asText()), null);
		assertThat(initiative.status()).as(initiative.toString()).isEqualTo(201);
		initiativeId = initiative.body().get("initiativeId").asText();
		// Signed in once, as a client that keeps its credentials is.
		assertThat(send("liaison-kg", "POST", progressReports(), PROGRESS, null).status()).isEqualTo(201);
	}

	@Test
	void aPoolWithNoFreeConnectionIsAnsweredBusyNotUnreachable() throws Exception {
		long events = storedEvents();
		String key = UUID.randomUUID().toString();
		List<Connection> taken = new ArrayList<>();
		try {
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				taken.add(pool.getConnection());
			}
			expectBusyWrite(send("secretariat", "POST", "/api/protocols", PROTOCOL, null));
			expectBusyWrite(send("secretariat", "POST", "/api/protocols", PROTOCOL, key));
			expectBusyWrite(send("liaison-kg", "POST", progressReports(), PROGRESS, null));
			// Never signed in: the account could not be read in time, which is no 401.
			expectBusy(send("official", "POST", "/api/protocols", PROTOCOL, null));
			assertThat(readiness()).as("a busy instance is still ready").isEqualTo(200);
		}
		finally {
			for (Connection connection : taken) {
				connection.close();
			}
		}
		assertThat(storedEvents()).as("nothing stored by a busy answer").isEqualTo(events);

		Answer retried = send("secretariat", "POST", "/api/protocols", PROTOCOL, key);
		assertThat(retried.status()).as("a retry under the same key runs afresh: " + retried).isEqualTo(201);
		assertThat(storedEvents()).isEqualTo(events + EVENTS_PER_PROTOCOL);
	}

	@Test
	void fiftyConcurrentWritersAreAnsweredOrToldTheServerIsBusy() throws Exception {
		int writers = 50;
		long events = storedEvents();
		List<String> keys = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch ready = new CountDownLatch(writers);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(writers);
		List<Answer> answers = new ArrayList<>();
		List<Answer> reports = new ArrayList<>();
		try {
			List<Future<Answer>> protocolAnswers = new ArrayList<>();
			List<Future<Answer>> reportAnswers = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				boolean sameRecord = i % 2 == 0;
				String key = UUID.randomUUID().toString();
				(sameRecord ? reportAnswers : protocolAnswers).add(threads.submit(() -> {
					ready.countDown();
					go.await();
					if (sameRecord) {
						return send("liaison-kg", "POST", progressReports(), PROGRESS, null);
					}
					Answer answer = send("secretariat", "POST", "/api/protocols", PROTOCOL, key);
					if (answer.busy()) {
						keys.add(key);
					}
					return answer;
				}));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<Answer> answer : protocolAnswers) {
				answers.add(answer.get(60, TimeUnit.SECONDS));
			}
			for (Future<Answer> answer : reportAnswers) {
				reports.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		answers.addAll(reports);

		System.out.printf("%d concurrent writers on a pool of %d: %s; slowest answer %d ms%n", writers,
				pool.getMaximumPoolSize(), byStatus(answers), slowest(answers).toMillis());
		answers.forEach(BusyServerTest::expectStoredOrBusy);
		long reported = reports.stream().filter((answer) -> answer.status() == 201).count();
		long recorded = answers.size() - reports.size() - keys.size();
		assertThat(storedEvents()).as("a busy answer stores nothing")
			.isEqualTo(events + reported + recorded * EVENTS_PER_PROTOCOL);
		retryUnderTheSameKeys(keys);
		assertThat(storedEvents())
			.isEqualTo(events + reported + (answers.size() - reports.size()) * EVENTS_PER_PROTOCOL);
	}

	/**
	 * Another instance appends an event and keeps its transaction open, as a slow request
	 * would, while writers keep writing: to the same record and to new records. Appends
	 * no longer queue behind one another (they hold the "append" lock shared), so writers
	 * go on storing meanwhile; every answer comes within seconds and is 2xx or "busy",
	 * none a 500. Afterwards every busy write retried under its key is stored once, and
	 * the store holds exactly what was answered 201.
	 */
	@Test
	void aWriterHoldingItsTransactionOpenStallsNoOtherWriter() throws Exception {
		long events = storedEvents();
		List<Answer> reports = Collections.synchronizedList(new ArrayList<>());
		List<Answer> protocols = Collections.synchronizedList(new ArrayList<>());
		List<String> keys = Collections.synchronizedList(new ArrayList<>());
		List<Integer> readiness = Collections.synchronizedList(new ArrayList<>());
		int writers = pool.getMaximumPoolSize();
		ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
		try (Connection slowWriter = DATABASE.connect()) {
			appendAndHoldTheTransaction(slowWriter);
			long until = System.nanoTime() + SLOW_WRITER_HOLDS.toNanos();
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				boolean sameRecord = i % 2 == 0;
				running.add(threads.submit(() -> {
					while (System.nanoTime() < until) {
						if (sameRecord) {
							reports.add(send("liaison-kg", "POST", progressReports(), PROGRESS, null));
						}
						else {
							String key = UUID.randomUUID().toString();
							Answer answer = send("secretariat", "POST", "/api/protocols", PROTOCOL, key);
							protocols.add(answer);
							if (answer.busy()) {
								keys.add(key);
							}
						}
					}
					return null;
				}));
			}
			running.add(threads.submit(() -> {
				while (System.nanoTime() < until) {
					readiness.add(readiness());
					await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
				}
				return null;
			}));
			for (Future<?> writer : running) {
				writer.get(SLOW_WRITER_HOLDS.plus(ANSWER_BOUND).plusSeconds(30).toSeconds(), TimeUnit.SECONDS);
			}
			slowWriter.commit();
		}
		finally {
			threads.shutdownNow();
		}

		List<Answer> answers = new ArrayList<>(reports);
		answers.addAll(protocols);
		System.out.printf("Writers beside a transaction held open for %d s: %d answers, %s; slowest %d ms%n",
				SLOW_WRITER_HOLDS.toSeconds(), answers.size(), byStatus(answers), slowest(answers).toMillis());
		assertThat(answers).isNotEmpty().allSatisfy(BusyServerTest::expectStoredOrBusy);
		assertThat(readiness).as("ready all along").isNotEmpty().containsOnly(200);
		long reported = reports.stream().filter((answer) -> answer.status() == 201).count();
		long recorded = protocols.stream().filter((answer) -> answer.status() == 201).count();
		assertThat(reported + recorded).as("writes stored while the other transaction stays open").isPositive();
		assertThat(storedEvents()).as("the slow writer's event and every 201")
			.isEqualTo(events + 1 + reported + recorded * EVENTS_PER_PROTOCOL);

		retryUnderTheSameKeys(keys);
		assertThat(storedEvents()).isEqualTo(events + 1 + reported + (recorded + keys.size()) * EVENTS_PER_PROTOCOL);
		assertThat(send("liaison-kg", "POST", progressReports(), PROGRESS, null).status()).isEqualTo(201);
	}

	/**
	 * Plays another command-side instance that appended a protocol's first event and has
	 * not committed: it shows it is appending, as every append does.
	 */
	private void appendAndHoldTheTransaction(Connection connection) throws Exception {
		connection.setAutoCommit(false);
		try (Statement lock = connection.createStatement()) {
			lock.execute("SELECT pg_advisory_xact_lock_shared(" + ConcurrentAppends.APPENDING + ")");
		}
		String otherProtocol = UUID.randomUUID().toString();
		try (PreparedStatement append = connection.prepareStatement("""
				INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
				                              payloadtype, payloadrevision, payload, metadata)
				SELECT ?, ?, 0, type, timestamp, payloadtype, payloadrevision,
				       convert_to(replace(convert_from(payload, 'UTF8'), aggregateidentifier, ?), 'UTF8'), metadata
				FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 0""")) {
			append.setString(1, UUID.randomUUID().toString());
			append.setString(2, otherProtocol);
			append.setString(3, otherProtocol);
			append.setString(4, protocolId);
			assertThat(append.executeUpdate()).isEqualTo(1);
		}
	}

	private void retryUnderTheSameKeys(List<String> keys) {
		for (String key : keys) {
			await().atMost(Duration.ofSeconds(30))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> send("secretariat", "POST", "/api/protocols", PROTOCOL, key).status() == 201);
		}
	}

	private static void expectStoredOrBusy(Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 503);
		assertThat(answer.took()).as(answer.toString()).isLessThan(ANSWER_BOUND);
		if (answer.status() == 503) {
			expectBusyWrite(answer);
		}
	}

	private static void expectBusyWrite(Answer answer) {
		expectBusy(answer);
		assertThat(answer.detail()).contains("nothing was recorded", "with the same Idempotency-Key");
	}

	private static void expectBusy(Answer answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.title()).isEqualTo("Server busy");
		assertThat(answer.detail()).contains("the server is busy", "retry in 2 seconds")
			.doesNotContain("cannot be reached", "unreachable");
		assertThat(answer.retryAfter()).isEqualTo("2");
		assertThat(answer.took()).isLessThan(ANSWER_BOUND);
	}

	private static Map<Integer, Long> byStatus(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}

	private static Duration slowest(List<Answer> answers) {
		return answers.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
	}

	private String progressReports() {
		return "/api/initiatives/" + initiativeId + "/countries/KG/progress-reports";
	}

	private long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

	private int readiness() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(10))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private Answer send(String user, String method, String path, String body, String idempotencyKey) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(90))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		long start = System.nanoTime();
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
		return new Answer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), contentType,
				json, took);
	}

}
