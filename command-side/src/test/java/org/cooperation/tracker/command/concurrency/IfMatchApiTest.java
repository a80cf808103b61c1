package org.cooperation.tracker.command.concurrency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * If-Match over real HTTP on a real PostgreSQL: the version a write names must be the
 * record's version (the sequence number of its last event, as the query side's ETag gives
 * it), or the write is refused with 412 and stores nothing.
 */
class IfMatchApiTest extends CommandSideIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String PROGRESS = """
			{"percent":40,"asOf":"2025-12-20","note":"Draft calendar sent"}""";

	private static String protocolId;

	private static String directionId;

	private String initiativeId;

	record Answer(int status, String contentType, JsonNode body) {

		String detail() {
			return (body != null && body.has("detail")) ? body.get("detail").asText() : "";
		}

	}

	/**
	 * The one way these tests talk to the command side, signed in as whoever may make the
	 * request: a country's liaison for a country's record, the secretariat otherwise.
	 */
	private Answer send(String method, String path, String body, String... ifMatch) throws Exception {
		return exchange(method, path, body, null, ifMatch);
	}

	/** As {@link #send}, under an Idempotency-Key when one is given. */
	private Answer exchange(String method, String path, String body, String idempotencyKey, String... ifMatch)
			throws Exception {
		java.util.regex.Matcher country = java.util.regex.Pattern.compile("/countries/([A-Za-z]{2})/").matcher(path);
		String user = country.find() ? "liaison-" + country.group(1).toLowerCase(java.util.Locale.ROOT) : "secretariat";
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((user + ":demo-" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		for (String value : ifMatch) {
			request.header("If-Match", value);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
		return new Answer(response.statusCode(), contentType, json);
	}

	/** Every test gets an initiative of its own, at version 0. */
	@BeforeEach
	void anInitiativeOfItsOwn() throws Exception {
		if (protocolId == null) {
			JsonNode protocol = send("POST", "/api/protocols", """
					{"meetingDate":"2025-11-14","place":"Tashkent",
					 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
					 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
					            {"country":"KG","role":"MEMBER"}],
					 "directions":[{"title":{"en":"Cultural events"}}]}""").body();
			protocolId = protocol.get("protocolId").asText();
			directionId = protocol.get("directionIds").get(0).asText();
		}
		Answer proposed = send("POST", "/api/initiatives", proposal());
		assertThat(proposed.status()).isEqualTo(201);
		initiativeId = proposed.body().get("initiativeId").asText();
	}

	private static String proposal() {
		return """
				{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
				 "title":{"en":"Central Asian cultural calendar"},"participants":["KZ","UZ","KG"]}"""
			.formatted(protocolId, directionId);
	}

	private String progressReports() {
		return "/api/initiatives/" + initiativeId + "/countries/KG/progress-reports";
	}

	private String status(String country) {
		return "/api/initiatives/" + initiativeId + "/countries/" + country + "/status";
	}

	/**
	 * The initiative's version as Axon counts it: the sequence number of its last event.
	 */
	private long version() {
		return jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
				Long.class, initiativeId);
	}

	private static String etag(long version) {
		return "\"" + version + "\"";
	}

	private static void assertPreconditionFailed(Answer answer, String detail) {
		assertThat(answer.status()).isEqualTo(412);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("status").asInt()).isEqualTo(412);
		assertThat(answer.body().get("title").asText()).isEqualTo("Precondition failed");
		assertThat(answer.detail()).contains(detail);
	}

	@Test
	void aWriteNamingTheCurrentVersionIsStoredAndMovesIt() throws Exception {
		assertThat(version()).isZero();

		Answer filed = send("POST", progressReports(), PROGRESS, etag(0));

		assertThat(filed.status()).isEqualTo(201);
		assertThat(version()).isEqualTo(1);
		Answer moved = send("PUT", status("KZ"), """
				{"status":"AGREED","effectiveOn":"2025-12-01"}""", etag(1));
		assertThat(moved.status()).isEqualTo(200);
		assertThat(version()).isEqualTo(2);
	}

	@Test
	void aStaleVersionIsRefusedWith412AndNothingIsStored() throws Exception {
		send("POST", progressReports(), PROGRESS);
		long events = storedEvents();

		Answer stale = send("POST", progressReports(), PROGRESS, etag(0));

		assertPreconditionFailed(stale, "the record has changed since version 0: it is at version 1 now");
		assertThat(stale.detail()).contains("read it again");
		assertThat(storedEvents()).isEqualTo(events);
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void aStaleVersionIsRefusedBeforeTheRulesSeeTheWrite() throws Exception {
		String agreed = """
				{"status":"AGREED","effectiveOn":"2025-12-01"}""";
		send("PUT", status("KZ"), agreed);
		long events = storedEvents();

		// Without If-Match this is a 409 (AGREED cannot move to AGREED); the client
		// decided
		// on version 0, where it was still allowed, so the answer is that its view is
		// old.
		Answer stale = send("PUT", status("KZ"), agreed, etag(0));

		assertPreconditionFailed(stale, "changed since version 0");
		assertThat(storedEvents()).isEqualTo(events);
	}

	@Test
	void aVersionAheadOfTheRecordIsRefusedWith412() throws Exception {
		long events = storedEvents();

		Answer ahead = send("POST", progressReports(), PROGRESS, etag(5));

		assertPreconditionFailed(ahead, "version 5 of the record does not exist: it is at version 0");
		assertThat(storedEvents()).isEqualTo(events);
	}

	@ParameterizedTest(name = "If-Match: {0}")
	@ValueSource(strings = { "0", "W/\"zero\"", "w/\"0\"", "W/0", "\"zero\"", "\"-1\"", "\"00\"", "\"0\", \"1\"",
			"\"0\",*", "", "\"99999999999999999999\"" })
	void aMalformedIfMatchIsRefusedWith400AndNothingIsStored(String ifMatch) throws Exception {
		long events = storedEvents();

		Answer refused = send("POST", progressReports(), PROGRESS, ifMatch);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.detail()).contains("If-Match");
		assertThat(storedEvents()).isEqualTo(events);
	}

	/**
	 * The query side answers a record whose events it has parked with a weak ETag: its
	 * view lacks them, so its version is not the record's and can guard nothing.
	 */
	@Test
	void theWeakEtagOfAnIncompleteViewIsRefusedWith412ThatSaysWhyAndNothingIsStored() throws Exception {
		send("POST", progressReports(), PROGRESS);
		send("POST", progressReports(), PROGRESS);
		send("POST", progressReports(), PROGRESS);
		long events = storedEvents();

		Answer refused = send("POST", progressReports(), PROGRESS, "W/\"3\"");

		assertPreconditionFailed(refused, "view of this record is incomplete");
		assertThat(refused.detail()).contains("W/\"3\"", "parked until an admin retries them", "cannot guard a write",
				"read the record again and send its strong ETag", "without If-Match");
		assertThat(storedEvents()).isEqualTo(events);
		assertThat(version()).isEqualTo(3);
	}

	@Test
	void twoIfMatchHeadersAreSeveralVersionsAndRefusedWith400() throws Exception {
		long events = storedEvents();

		Answer refused = send("POST", progressReports(), PROGRESS, etag(0), etag(0));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.detail()).contains("not several");
		assertThat(storedEvents()).isEqualTo(events);
	}

	@Test
	void aStarAcceptsAnyVersion() throws Exception {
		send("POST", progressReports(), PROGRESS);

		assertThat(send("POST", progressReports(), PROGRESS, "*").status()).isEqualTo(201);
		assertThat(version()).isEqualTo(2);
	}

	@Test
	void anEndpointThatCreatesARecordRefusesAVersionButTakesAStar() throws Exception {
		long events = storedEvents();

		Answer refused = send("POST", "/api/initiatives", proposal(), etag(0));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.detail()).contains("records something new");
		assertThat(storedEvents()).isEqualTo(events);
		assertThat(send("POST", "/api/initiatives", proposal(), "W/\"0\"").status()).isEqualTo(400);
		assertThat(send("POST", "/api/initiatives", proposal(), "*").status()).isEqualTo(201);
	}

	@Test
	void aVersionOfARecordThatDoesNotExistIsA404() throws Exception {
		Answer missing = send("POST", "/api/initiatives/" + UUID.randomUUID() + "/countries/KG/progress-reports",
				PROGRESS, etag(0));

		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void theOpenApiDocumentOffersIfMatchOnWritesOfExistingRecordsOnly() throws Exception {
		JsonNode paths = send("GET", "/v3/api-docs", "").body().get("paths");

		JsonNode report = paths.get("/api/initiatives/{initiativeId}/countries/{country}/progress-reports").get("post");
		assertThat(report.get("parameters").findValuesAsText("name")).contains("If-Match");
		assertThat(report.get("responses").has("412")).isTrue();
		assertThat(paths.get("/api/initiatives").get("post").path("parameters").findValuesAsText("name"))
			.doesNotContain("If-Match");
		assertThat(paths.get("/api/initiatives/{initiativeId}/marketplace/listings/{listingId}/contact")
			.get("get")
			.get("parameters")
			.findValuesAsText("name")).doesNotContain("If-Match");
	}

	/**
	 * Sends the write again while the server answers 503 busy, as a client that honours
	 * Retry-After does: fifty writers on one record queue for its lock, and on a loaded
	 * machine the last of them may wait past the bound and be told to come back (nothing
	 * stored). The answer that counts is the final one.
	 */
	private static Answer finalAnswer(Callable<Answer> write) throws Exception {
		for (int attempt = 1;; attempt++) {
			Answer answer = write.call();
			if (answer.status() != 503 || attempt == 20) {
				return answer;
			}
			assertThat(answer.body().path("title").asText()).isEqualTo("Server busy");
		}
	}

	@Test
	void ofFiftyConcurrentWritesNamingTheSameVersionExactlyOneIsStored() throws Exception {
		int writers = 50;
		long events = storedEvents();
		CountDownLatch ready = new CountDownLatch(writers);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<Answer>> answers = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return finalAnswer(() -> send("POST", progressReports(), PROGRESS, etag(0)));
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Answer> results = new ArrayList<>();
			for (Future<Answer> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}

			Map<Integer, Long> byStatus = results.stream()
				.collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
			assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 412, 49L));
			assertThat(results).filteredOn((answer) -> answer.status() == 412)
				.allSatisfy((answer) -> assertPreconditionFailed(answer, "version 0"));
			assertThat(storedEvents()).isEqualTo(events + 1);
			assertThat(version()).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anAppendByAnotherInstanceInBetweenIs412ForAWriteNamingAVersion() throws Exception {
		long events = storedEvents();
		Answer refused = writeWhileAnotherInstanceAppends((path) -> send("POST", path, PROGRESS, etag(1)));

		assertPreconditionFailed(refused, "changed the record at the same moment, so version 1 is no longer");
		assertThat(storedEvents()).as("the earlier report and only the other instance's event").isEqualTo(events + 2);
	}

	/**
	 * A write decided on no particular version loses the race to the other instance and
	 * runs again on the record as it now is: it is stored after the other's event.
	 */
	@Test
	void anAppendByAnotherInstanceInBetweenRunsAWriteWithoutAVersionAgain() throws Exception {
		long events = storedEvents();
		Answer stored = writeWhileAnotherInstanceAppends((path) -> send("POST", path, PROGRESS));

		assertThat(stored.status()).as(stored.body().toString()).isEqualTo(201);
		assertThat(storedEvents()).as("the earlier report, the other instance's event and this write's")
			.isEqualTo(events + 3);
		assertThat(version()).isEqualTo(3);
	}

	/**
	 * The same under an Idempotency-Key: the key is claimed in the second attempt's
	 * transaction, so a retry of the request gets the first answer back and stores
	 * nothing more.
	 */
	@Test
	void aKeyedWriteThatLostTheRaceIsRunAgainAndItsKeyFiledOnce() throws Exception {
		long events = storedEvents();
		String key = UUID.randomUUID().toString();
		Answer stored = writeWhileAnotherInstanceAppends((path) -> exchange("POST", path, PROGRESS, key));

		assertThat(stored.status()).as(stored.body().toString()).isEqualTo(201);
		assertThat(storedEvents()).isEqualTo(events + 3);
		Answer replayed = exchange("POST", progressReports(), PROGRESS, key);
		assertThat(replayed.status()).isEqualTo(201);
		assertThat(replayed.body()).isEqualTo(stored.body());
		assertThat(storedEvents()).as("the retry stores nothing").isEqualTo(events + 3);
	}

	@FunctionalInterface
	interface Write {

		Answer to(String path) throws Exception;

	}

	/**
	 * Plays a second command-side instance: while the write is on its way, another
	 * transaction appends the initiative's next event. It holds the event table until the
	 * write has loaded the initiative (at version 1) and waits on its own append, then
	 * commits; the write's append then hits the unique key on (aggregate, sequence),
	 * which Axon reports as a ConcurrencyException.
	 */
	private Answer writeWhileAnotherInstanceAppends(Write write) throws Exception {
		send("POST", progressReports(), PROGRESS);
		CompletableFuture<Answer> answer;
		// The superuser's connection: locking the whole event table needs more than the
		// application's role may do; the append that follows is what the role may.
		try (Connection other = superuser.getDataSource().getConnection()) {
			other.setAutoCommit(false);
			try (Statement lock = other.createStatement()) {
				lock.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
			}
			try (PreparedStatement append = other.prepareStatement("""
					INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
					                              payloadtype, payloadrevision, payload, metadata)
					SELECT ?, aggregateidentifier, sequencenumber + 1, type, timestamp, payloadtype, payloadrevision,
					       payload, metadata
					FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 1""")) {
				append.setString(1, UUID.randomUUID().toString());
				append.setString(2, initiativeId);
				assertThat(append.executeUpdate()).isEqualTo(1);
			}
			String path = progressReports();
			answer = CompletableFuture.supplyAsync(() -> {
				try {
					return write.to(path);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			await().atMost(Duration.ofSeconds(10))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE NOT granted", Integer.class) > 0);
			other.commit();
		}
		return answer.get(30, TimeUnit.SECONDS);
	}

}
