package org.cooperation.tracker.command.idempotency;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes with an {@code Idempotency-Key}, over real HTTP on a real PostgreSQL: a retry
 * gets the first answer and stores nothing; the key is filed in the same transaction as
 * the events, so an answer that cannot be filed leaves neither.
 */
class IdempotentRetriesTest extends CommandSideIntegrationTest {

	/** A protocol records two events: ProtocolRecorded and one DirectionAgreed. */
	static final int EVENTS_PER_PROTOCOL = 2;

	static final String SECOND_SECRETARIAT = "secretariat-two";

	static final String SECOND_SECRETARIAT_PASSWORD = "second-secretariat-password";

	@Autowired
	ObjectMapper json;

	@Autowired
	DataSource dataSource;

	@Autowired
	KeyRetention retention;

	static String protocolId;

	static String directionId;

	@BeforeEach
	void protocol() throws Exception {
		if (protocolId == null) {
			JsonNode created = json
				.readTree(send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, null).getBody());
			protocolId = created.get("protocolId").asText();
			directionId = created.get("directionIds").get(0).asText();
		}
	}

	@Test
	void retryOfARecordGetsTheFirstAnswerWithTheSameNewId() {
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> first = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		long afterFirst = storedEvents();
		ResponseEntity<String> retry = client("secretariat").post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.header(IdempotencyKey.HEADER, key)
			.header("X-Correlation-Id", "retry-of-ticket-1")
			.body(TASHKENT_PROTOCOL)
			.retrieve()
			.toEntity(String.class);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(afterFirst - before).isEqualTo(EVENTS_PER_PROTOCOL);
		assertThat(storedEvents()).isEqualTo(afterFirst);
		assertThat(retry.getStatusCode()).isEqualTo(first.getStatusCode());
		assertThat(retry.getBody()).isEqualTo(first.getBody()).contains("protocolId");
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation()).isNotNull();
		assertThat(retry.getHeaders().getContentType()).isEqualTo(first.getHeaders().getContentType());
		assertThat(first.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(retry.getHeaders().getFirst(FirstAnswer.REPLAYED)).isEqualTo("true");
		// Headers of one delivery are the retry's own.
		assertThat(retry.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("retry-of-ticket-1");
	}

	@Test
	void retryOfAChangeGetsTheFirstAnswerAndMovesNothing() throws Exception {
		String initiative = newInitiative();
		String path = "/api/initiatives/" + initiative + "/countries/kg/status";
		String agreed = """
				{"status":"AGREED","effectiveOn":"2025-12-01","note":"Ministry order"}""";
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> first = send("liaison-kg", HttpMethod.PUT, path, agreed, key);
		ResponseEntity<String> retry = send("liaison-kg", HttpMethod.PUT, path, agreed, key);

		assertThat(first.getStatusCode().value()).isEqualTo(200);
		assertThat(json.readTree(first.getBody()).get("status").asText()).isEqualTo("AGREED");
		assertThat(retry.getStatusCode().value()).isEqualTo(200);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(retry.getHeaders().getFirst(FirstAnswer.REPLAYED)).isEqualTo("true");
		assertThat(storedEvents()).isEqualTo(before + 1);
		// What the key spares the client: the same move sent again without it is refused.
		assertThat(send("liaison-kg", HttpMethod.PUT, path, agreed, null).getStatusCode().value()).isEqualTo(409);
	}

	@Test
	void sameKeyForAnotherRequestIsRefusedWith422() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		long before = storedEvents();

		ResponseEntity<String> otherBody = send("secretariat", HttpMethod.POST, "/api/protocols",
				TASHKENT_PROTOCOL.replace("Tashkent", "Dushanbe"), key);
		ResponseEntity<String> otherPath = send("secretariat", HttpMethod.POST,
				"/api/protocols/" + protocolId + "/directions", """
						{"title":{"en":"Archives"}}""", key);
		ResponseEntity<String> otherQuery = send("secretariat", HttpMethod.POST, "/api/protocols?draft=true",
				TASHKENT_PROTOCOL, key);

		for (ResponseEntity<String> refused : List.of(otherBody, otherPath, otherQuery)) {
			assertThat(refused.getStatusCode().value()).isEqualTo(422);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getBody()).contains("this Idempotency-Key was used for a different request");
		}
		assertThat(storedEvents()).isEqualTo(before);
		// The key still stands for its first request.
		ResponseEntity<String> retry = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		assertThat(retry.getBody()).isEqualTo(first.getBody());
	}

	@Test
	void keysAreScopedToTheCaller() {
		ensureSecondSecretariat();
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> mine = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		ResponseEntity<String> theirs = asSecondSecretariat(key);

		assertThat(mine.getStatusCode().value()).isEqualTo(201);
		assertThat(theirs.getStatusCode().value()).isEqualTo(201);
		assertThat(theirs.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(theirs.getBody()).isNotEqualTo(mine.getBody());
		assertThat(storedEvents()).isEqualTo(before + 2 * EVENTS_PER_PROTOCOL);
		// Each retry gets its own caller's answer.
		assertThat(send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key).getBody())
			.isEqualTo(mine.getBody());
		assertThat(asSecondSecretariat(key).getBody()).isEqualTo(theirs.getBody());
		assertThat(storedEvents()).isEqualTo(before + 2 * EVENTS_PER_PROTOCOL);
	}

	@Test
	void concurrentRequestsWithOneKeyRunTheCommandOnce() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		long recordedBefore = protocolsRecorded();
		int requests = 10;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		try {
			List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
				}));
			}
			start.countDown();
			List<ResponseEntity<String>> answered = new ArrayList<>();
			for (Future<ResponseEntity<String>> answer : answers) {
				answered.add(answer.get(60, TimeUnit.SECONDS));
			}

			assertThat(storedEvents()).isEqualTo(before + EVENTS_PER_PROTOCOL);
			assertThat(protocolsRecorded()).isEqualTo(recordedBefore + 1);
			ResponseEntity<String> first = answered.stream()
				.filter((answer) -> !answer.getHeaders().containsKey(FirstAnswer.REPLAYED))
				.findFirst()
				.orElseThrow();
			assertThat(answered).allSatisfy((answer) -> {
				assertThat(answer.getStatusCode().value()).isEqualTo(201);
				assertThat(answer.getBody()).isEqualTo(first.getBody());
				assertThat(answer.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
			});
			assertThat(answered)
				.filteredOn((answer) -> "true".equals(answer.getHeaders().getFirst(FirstAnswer.REPLAYED)))
				.hasSize(requests - 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void refusedFirstAttemptLeavesTheKeyFreeForARetry() throws Exception {
		String initiative = newInitiative();
		String path = "/api/initiatives/" + initiative + "/countries/kg/status";
		String preparing = """
				{"status":"PREPARING","effectiveOn":"2025-12-10"}""";
		String key = UUID.randomUUID().toString();
		long before = storedEvents();

		ResponseEntity<String> refused = send("liaison-kg", HttpMethod.PUT, path, preparing, key);
		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(storedEvents()).isEqualTo(before);
		assertThat(keysOnFile("liaison-kg", key)).isZero();

		assertThat(send("liaison-kg", HttpMethod.PUT, path, """
				{"status":"AGREED","effectiveOn":"2025-12-01"}""", null).getStatusCode().value()).isEqualTo(200);
		ResponseEntity<String> retry = send("liaison-kg", HttpMethod.PUT, path, preparing, key);
		assertThat(retry.getStatusCode().value()).isEqualTo(200);
		assertThat(retry.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(json.readTree(retry.getBody()).get("status").asText()).isEqualTo("PREPARING");
		assertThat(storedEvents()).isEqualTo(before + 2);
		assertThat(keysOnFile("liaison-kg", key)).isOne();
	}

	@Test
	void requestRefusedByRoleOrSignInTakesNoKey() {
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> official = send("official", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		ResponseEntity<String> nobody = postProtocol(
				RestClient.builder().defaultHeader("Accept-Language", "en").baseUrl(baseUrl()), key);
		assertThat(official.getStatusCode().value()).isEqualTo(403);
		assertThat(nobody.getStatusCode().value()).isEqualTo(401);
		assertThat(storedEvents()).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE key = ?", Long.class, key)).isZero();
	}

	static Stream<Arguments> malformedKeys() {
		return Stream.of(Arguments.of(List.of(""), "empty"), Arguments.of(List.of("k".repeat(256)), "256 characters"),
				Arguments.of(List.of("two words"), "visible ASCII"), Arguments.of(List.of("one", "two"), "not 2"));
	}

	@ParameterizedTest
	@MethodSource("malformedKeys")
	void malformedKeyIsRefusedWith400(List<String> keys, String detail) {
		long before = storedEvents();
		ResponseEntity<String> refused = client("secretariat").post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.headers((headers) -> keys.forEach((key) -> headers.add(IdempotencyKey.HEADER, key)))
			.body(TASHKENT_PROTOCOL)
			.retrieve()
			.toEntity(String.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).contains("Idempotency-Key").contains(detail);
		assertThat(storedEvents()).isEqualTo(before);
	}

	/**
	 * A key with a byte outside ASCII, sent on a raw connection because Java's HTTP
	 * client will not put one in a header.
	 */
	@Test
	void keyWithANonAsciiByteIsRefusedWith400() throws Exception {
		long before = storedEvents();
		byte[] body = TASHKENT_PROTOCOL.getBytes(StandardCharsets.UTF_8);
		String credentials = Base64.getEncoder()
			.encodeToString("secretariat:demo-secretariat".getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(("POST /api/protocols HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
				+ "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n"
				+ IdempotencyKey.HEADER + ": caf")
			.getBytes(StandardCharsets.US_ASCII));
		request.write(0xE9);
		request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		request.writeBytes(body);
		String answer;
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(request.toByteArray());
			answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("visible ASCII");
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void longestKeyIsAccepted() {
		String key = UUID.randomUUID() + "~".repeat(IdempotencyKey.MAX_LENGTH - 36);
		assertThat(
				send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key).getStatusCode().value())
			.isEqualTo(201);
		assertThat(keysOnFile("secretariat", key)).isOne();
	}

	@Test
	void writesWithoutAKeyRunEveryTime() {
		long before = storedEvents();
		long keysBefore = jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Long.class);
		ResponseEntity<String> first = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, null);
		ResponseEntity<String> second = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, null);
		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(second.getStatusCode().value()).isEqualTo(201);
		assertThat(second.getBody()).isNotEqualTo(first.getBody());
		assertThat(second.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(storedEvents()).isEqualTo(before + 2 * EVENTS_PER_PROTOCOL);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key", Long.class)).isEqualTo(keysBefore);
	}

	/**
	 * The proof that key and events share one transaction: the events are appended, then
	 * filing the answer fails (a trigger refuses it), and neither the events nor the key
	 * remain. The global index moved on, so the events were written before being rolled
	 * back.
	 */
	@Test
	void answerThatCannotBeFiledLeavesNeitherEventsNorKey() {
		String key = "refuse-to-file-" + UUID.randomUUID();
		long before = storedEvents();
		long positionBefore = lastGlobalIndex();
		ResponseEntity<String> failed = withAnswersRefused(
				() -> send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key));

		assertThat(failed.getStatusCode().value()).isEqualTo(500);
		assertThat(failed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(failed.getBody()).doesNotContain("filing refused").doesNotContain("SQL");
		assertThat(lastGlobalIndex()).isGreaterThanOrEqualTo(positionBefore + EVENTS_PER_PROTOCOL);
		assertThat(storedEvents()).isEqualTo(before);
		assertThat(keysOnFile("secretariat", key)).isZero();

		ResponseEntity<String> retry = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		expectRecordedAnew(retry, before);
		assertThat(keysOnFile("secretariat", key)).isOne();
	}

	/**
	 * A creator's contact details go to their own table, written through the same
	 * transaction: they are filed and rolled back with the key and the events.
	 */
	@Test
	void contactDetailsShareTheTransactionOfKeyAndEvents() throws Exception {
		String marketplace = newInitiative("CREATIVE_MARKETPLACE");
		String path = "/api/initiatives/" + marketplace + "/marketplace/listings";
		String email = "felt-" + UUID.randomUUID() + "@example.org";
		String listing = """
				{"country":"KG","name":"Sample Felt Maker KG-7","craft":"FELT_MAKER","city":"Naryn",
				 "contact":{"email":"%s"}}""".formatted(email);
		String key = "refuse-to-file-" + UUID.randomUUID();
		long before = storedEvents();

		ResponseEntity<String> failed = withAnswersRefused(
				() -> send("liaison-kg", HttpMethod.POST, path, listing, key));
		assertThat(failed.getStatusCode().value()).isEqualTo(500);
		assertThat(storedEvents()).isEqualTo(before);
		assertThat(contactsOnFile(email)).isZero();

		ResponseEntity<String> first = send("liaison-kg", HttpMethod.POST, path, listing, key);
		ResponseEntity<String> retry = send("liaison-kg", HttpMethod.POST, path, listing, key);
		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(json.readTree(first.getBody()).get("contactOnFile").asBoolean()).isTrue();
		assertThat(retry.getBody()).isEqualTo(first.getBody());
		assertThat(storedEvents()).isEqualTo(before + 1);
		assertThat(contactsOnFile(email)).isOne();
		// Answers are filed, requests are not: the contact details are in no other table.
		assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE convert_from(response_body, "
				+ "'UTF8') LIKE '%' || ? || '%'", Long.class, email))
			.isZero();
	}

	/**
	 * An admin's change to a user account sends no command: its key and answer are filed
	 * right after it, and a retry gets that answer.
	 */
	@Test
	void writeThatSendsNoCommandIsAnsweredOnceToo() {
		String key = UUID.randomUUID().toString();
		String account = """
				{"username":"keyed-%s","password":"a-password-long-enough","role":"AUDITOR"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8));
		ResponseEntity<String> first = send("admin", HttpMethod.POST, "/api/admin/users", account, key);
		ResponseEntity<String> retry = send("admin", HttpMethod.POST, "/api/admin/users", account, key);

		assertThat(first.getStatusCode().value()).isEqualTo(201);
		assertThat(retry.getStatusCode().value()).isEqualTo(201);
		assertThat(first.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(retry.getHeaders().getFirst(FirstAnswer.REPLAYED)).isEqualTo("true");
		assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation()).isNotNull();
		assertThat(keysOnFile("admin", key)).isOne();
	}

	/**
	 * The key's transaction commits after the controller has answered, once the answer is
	 * filed (slowed down here by a trigger): until then the record stays locked, so the
	 * next move on it, sent meanwhile without a key, waits and then builds on this one's
	 * event instead of loading the record without it (and being refused as if AGREED
	 * never was).
	 */
	@Test
	void nextCommandOnTheRecordWaitsForTheKeyedOneToCommit() throws Exception {
		String initiative = newInitiative();
		String path = "/api/initiatives/" + initiative + "/countries/kg/status";
		String key = "slow-to-file-" + UUID.randomUUID();
		long before = storedEvents();
		superuser.execute("""
				CREATE FUNCTION slow_to_file_answer() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    PERFORM pg_sleep(1.5);
				    RETURN NEW;
				END;
				$$""");
		superuser.execute("""
				CREATE TRIGGER slow_to_file_answer BEFORE UPDATE ON idempotency_key FOR EACH ROW
				WHEN (NEW.key LIKE 'slow-to-file-%') EXECUTE FUNCTION slow_to_file_answer()""");
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<ResponseEntity<String>> agreed = pool.submit(() -> send("liaison-kg", HttpMethod.PUT, path, """
					{"status":"AGREED","effectiveOn":"2025-12-01"}""", key));
			await().atMost(Duration.ofSeconds(15))
				.until(() -> jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'",
						Long.class) > 0);
			ResponseEntity<String> preparing = send("liaison-kg", HttpMethod.PUT, path, """
					{"status":"PREPARING","effectiveOn":"2025-12-10"}""", null);

			assertThat(agreed.get(30, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
			assertThat(preparing.getStatusCode().value()).as(preparing.getBody()).isEqualTo(200);
			assertThat(json.readTree(preparing.getBody()).get("status").asText()).isEqualTo("PREPARING");
			assertThat(storedEvents()).isEqualTo(before + 2);
		}
		finally {
			pool.shutdownNow();
			superuser.execute("DROP TRIGGER slow_to_file_answer ON idempotency_key");
			superuser.execute("DROP FUNCTION slow_to_file_answer()");
		}
	}

	/**
	 * Another instance (here: a transaction of the test's own) holds the key while its
	 * request runs, then dies: the retry waits on the key's row, and runs once the other
	 * transaction rolls back, as PostgreSQL does for a process killed mid-request.
	 */
	@Test
	void retryWaitsForAKeyHeldElsewhereAndRunsWhenThatRollsBack() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> answer = retryWhileTheKeyIsHeldElsewhere(key, Connection::rollback);
		expectRecordedAnew(answer, before);
	}

	/** ...and gets the other instance's answer when that commits. */
	@Test
	void retryWaitsForAKeyHeldElsewhereAndReplaysItsAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		long before = storedEvents();
		ResponseEntity<String> answer = retryWhileTheKeyIsHeldElsewhere(key, (elsewhere) -> {
			try (PreparedStatement filed = elsewhere.prepareStatement("""
					UPDATE idempotency_key SET response_status = 201, response_headers = ?::jsonb, response_body = ?
					WHERE caller = 'secretariat' AND key = ?""")) {
				filed.setString(1, """
						{"Location": ["/api/protocols/answered-elsewhere"], "Content-Type": ["application/json"]}""");
				filed.setBytes(2, "{\"protocolId\":\"answered-elsewhere\"}".getBytes(StandardCharsets.UTF_8));
				filed.setString(3, key);
				filed.executeUpdate();
			}
			elsewhere.commit();
		});
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getHeaders().getFirst(FirstAnswer.REPLAYED)).isEqualTo("true");
		assertThat(answer.getHeaders().getLocation()).hasToString("/api/protocols/answered-elsewhere");
		assertThat(answer.getBody()).isEqualTo("{\"protocolId\":\"answered-elsewhere\"}");
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void expiredKeyCountsAsNew() throws Exception {
		String key = UUID.randomUUID().toString();
		try (Connection elsewhere = dataSource.getConnection()) {
			// Used a day and an hour ago, for another request: were it not expired, a
			// 422.
			claim(elsewhere, key, RequestFingerprint.of("POST", "/api/protocols", null, new byte[0]),
					Instant.now().minus(Duration.ofHours(25)));
		}
		long before = storedEvents();
		ResponseEntity<String> answer = send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key);
		expectRecordedAnew(answer, before);
	}

	@Test
	void sweepForgetsExpiredKeysOnly() throws Exception {
		String expired = UUID.randomUUID().toString();
		String fresh = UUID.randomUUID().toString();
		try (Connection elsewhere = dataSource.getConnection()) {
			claim(elsewhere, expired, fingerprintOfProtocolPost(), Instant.now().minus(Duration.ofHours(25)));
			claim(elsewhere, fresh, fingerprintOfProtocolPost(), Instant.now().minus(Duration.ofHours(23)));
		}
		assertThat(retention.forgetExpired()).isPositive();
		assertThat(keysOnFile("secretariat", expired)).isZero();
		assertThat(keysOnFile("secretariat", fresh)).isOne();
	}

	@Test
	void openApiDocumentsTheHeaderOnWrites() throws Exception {
		JsonNode docs = json.readTree(client("secretariat").get().uri("/v3/api-docs").retrieve().body(String.class));
		JsonNode post = docs.get("paths").get("/api/protocols").get("post");
		assertThat(post.get("parameters").findValuesAsText("name")).contains(IdempotencyKey.HEADER);
	}

	private ResponseEntity<String> send(String user, HttpMethod method, String path, String body, String key) {
		return client(user).method(method).uri(path).contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (key != null) {
				headers.add(IdempotencyKey.HEADER, key);
			}
		}).body(body).retrieve().toEntity(String.class);
	}

	private RestClient client(String user) {
		return signedInAs(user);
	}

	private String newInitiative() {
		return newInitiative("CULTURAL_CALENDAR");
	}

	private String newInitiative(String kind) {
		String body = """
				{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s initiative"},
				 "proposedBy":"KZ","participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(protocolId, directionId,
				kind, kind);
		ResponseEntity<String> proposed = send("secretariat", HttpMethod.POST, "/api/initiatives", body, null);
		assertThat(proposed.getStatusCode().value()).isEqualTo(201);
		try {
			return json.readTree(proposed.getBody()).get("initiativeId").asText();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void ensureSecondSecretariat() {
		int status = client("admin").post()
			.uri("/api/admin/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"username":"%s","password":"%s","role":"SECRETARIAT"}""".formatted(SECOND_SECRETARIAT,
					SECOND_SECRETARIAT_PASSWORD))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).isIn(201, 409);
	}

	private ResponseEntity<String> asSecondSecretariat(String key) {
		return postProtocol(
				RestClient.builder()
					.defaultHeader("Accept-Language", "en")
					.baseUrl(baseUrl())
					.defaultHeaders((headers) -> headers.setBasicAuth(SECOND_SECRETARIAT, SECOND_SECRETARIAT_PASSWORD)),
				key);
	}

	/**
	 * Posts the protocol with the key through a client of the test's own making (a caller
	 * {@link #signedInAs} cannot be); answers of every status are returned, not thrown.
	 */
	private static ResponseEntity<String> postProtocol(RestClient.Builder client, String key) {
		return client.defaultStatusHandler((status) -> true, (req, res) -> {
		})
			.build()
			.post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.header(IdempotencyKey.HEADER, key)
			.body(TASHKENT_PROTOCOL)
			.retrieve()
			.toEntity(String.class);
	}

	private static RequestFingerprint fingerprintOfProtocolPost() {
		return RequestFingerprint.of("POST", "/api/protocols", null,
				TASHKENT_PROTOCOL.getBytes(StandardCharsets.UTF_8));
	}

	private static void claim(Connection connection, String key, RequestFingerprint fingerprint, Instant at)
			throws Exception {
		try (PreparedStatement claim = connection.prepareStatement(
				"INSERT INTO idempotency_key (caller, key, fingerprint, created_at, response_status, response_headers, "
						+ "response_body) VALUES ('secretariat', ?, ?, ?, 201, '{}', ?)")) {
			claim.setString(1, key);
			claim.setString(2, fingerprint.hex());
			claim.setTimestamp(3, Timestamp.from(at));
			claim.setBytes(4, "{}".getBytes(StandardCharsets.UTF_8));
			claim.executeUpdate();
		}
	}

	/** A backend of this database waits on a lock: the retry, on the key's row. */
	/**
	 * Claims the key in a transaction of the test's own, as another instance mid request
	 * would; starts the retry, which must then be waiting on the key's row; lets
	 * {@code elsewhere} end that transaction and returns the retry's answer.
	 */
	private ResponseEntity<String> retryWhileTheKeyIsHeldElsewhere(String key, TransactionEnd elsewhere)
			throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			claim(connection, key, fingerprintOfProtocolPost(), Instant.now());
			Future<ResponseEntity<String>> retry = pool
				.submit(() -> send("secretariat", HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL, key));
			awaitWaitingOnALock();
			assertThat(retry.isDone()).isFalse();
			elsewhere.end(connection);
			return retry.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** How the other instance's transaction ends: it dies, or files its answer. */
	@FunctionalInterface
	private interface TransactionEnd {

		void end(Connection connection) throws Exception;

	}

	/**
	 * The protocol was recorded anew, not replayed: 201, no replay mark and its events
	 * stored after the {@code before} count.
	 */
	private void expectRecordedAnew(ResponseEntity<String> answer, long before) {
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		assertThat(answer.getHeaders().containsKey(FirstAnswer.REPLAYED)).isFalse();
		assertThat(storedEvents()).isEqualTo(before + EVENTS_PER_PROTOCOL);
	}

	private void awaitWaitingOnALock() {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
					+ "AND wait_event_type = 'Lock'", Long.class) > 0);
	}

	/**
	 * Runs a request while a trigger refuses to file any answer under a key starting
	 * "refuse-to-file-", after the request's events have been appended.
	 */
	private ResponseEntity<String> withAnswersRefused(Supplier<ResponseEntity<String>> request) {
		superuser.execute("""
				CREATE FUNCTION refuse_to_file_answer() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    RAISE EXCEPTION 'filing refused by the test';
				END;
				$$""");
		superuser.execute("""
				CREATE TRIGGER refuse_to_file_answer BEFORE UPDATE ON idempotency_key FOR EACH ROW
				WHEN (NEW.key LIKE 'refuse-to-file-%') EXECUTE FUNCTION refuse_to_file_answer()""");
		try {
			return request.get();
		}
		finally {
			superuser.execute("DROP TRIGGER refuse_to_file_answer ON idempotency_key");
			superuser.execute("DROP FUNCTION refuse_to_file_answer()");
		}
	}

	private long contactsOnFile(String email) {
		return jdbc.queryForObject("SELECT count(*) FROM creator_contact WHERE email = ?", Long.class, email);
	}

	private long keysOnFile(String caller, String key) {
		return jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE caller = ? AND key = ?", Long.class,
				caller, key);
	}

	private long protocolsRecorded() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%ProtocolRecorded'",
				Long.class);
	}

	private long lastGlobalIndex() {
		return jdbc.queryForObject("SELECT last_value FROM domain_event_global_index", Long.class);
	}

}
