package org.cooperation.tracker.command.waits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
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
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The burst: 50 writes of one user (Kyrgyzstan's liaison) on one record at once,
 * over real HTTP with the application's own pool and thread settings, each with its own
 * Idempotency-Key: progress reports, and status changes with and without If-Match that
 * race for the same move. Every answer is 2xx, 409 or 412, none a 5xx; the record holds
 * exactly the events of the 2xx answers, none lost and none twice.
 */
class BurstOnOneRecordTest extends CommandSideIntegrationTest {

	private static final int WRITERS = 50;

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String AGREED = """
			{"status":"AGREED","effectiveOn":"2025-12-01"}""";

	record Answer(int status, String title, String detail) {

		@Override
		public String toString() {
			return status + " " + title + ": " + detail;
		}

	}

	@Test
	void fiftyWritesOfOneUserOnOneRecordAreEachStoredOnceOrRefusedWithAReason() throws Exception {
		String initiative = anInitiative();
		// The liaison has signed in once, as a client that keeps its credentials has.
		assertThat(send("POST", progressReports(initiative), progress(0), null).status()).isEqualTo(201);
		long version = version(initiative);

		List<Future<Answer>> reports = new ArrayList<>();
		List<Future<Answer>> moves = new ArrayList<>();
		CountDownLatch ready = new CountDownLatch(WRITERS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
		long start = System.nanoTime();
		try {
			for (int i = 0; i < WRITERS; i++) {
				int writer = i;
				Future<Answer> answer = threads.submit(() -> {
					ready.countDown();
					go.await();
					return switch (writer % 5) {
						case 0 -> send("PUT", status(initiative), AGREED, "\"" + version + "\"");
						case 1 -> send("PUT", status(initiative), AGREED, null);
						default -> send("POST", progressReports(initiative), progress(writer), null);
					};
				});
				((writer % 5 < 2) ? moves : reports).add(answer);
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			start = System.nanoTime();
			go.countDown();
			List<Answer> reported = answers(reports);
			List<Answer> moved = answers(moves);
			long millis = (System.nanoTime() - start) / 1_000_000;

			List<Answer> all = new ArrayList<>(reported);
			all.addAll(moved);
			System.out.printf("%d concurrent writes of one user on one record: %s in %d ms%n", WRITERS, byStatus(all),
					millis);
			assertThat(all)
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 409, 412));
			long storedReports = reported.stream().filter((answer) -> answer.status() == 201).count();
			long storedMoves = moved.stream().filter((answer) -> answer.status() == 200).count();
			assertThat(storedMoves).as("one move to AGREED at most").isLessThanOrEqualTo(1);
			assertThat(events(initiative, "ProgressReported")).as("a report for every 201, none twice")
				.isEqualTo(1 + storedReports);
			assertThat(events(initiative, "ParticipationStatusChanged")).isEqualTo(storedMoves);
			assertThat(version(initiative)).isEqualTo(version + storedReports + storedMoves);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static List<Answer> answers(List<Future<Answer>> futures) throws Exception {
		List<Answer> answers = new ArrayList<>();
		for (Future<Answer> answer : futures) {
			answers.add(answer.get(2, TimeUnit.MINUTES));
		}
		return answers;
	}

	private String anInitiative() {
		String protocol = TASHKENT_PROTOCOL;
		JsonNode recorded = sendAs("secretariat", org.springframework.http.HttpMethod.POST, "/api/protocols", protocol)
			.getBody();
		JsonNode proposed = sendAs("secretariat", org.springframework.http.HttpMethod.POST, "/api/initiatives",
				"""
						{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
						 "title":{"en":"Central Asian cultural calendar"},"participants":["KZ","UZ","KG"]}"""
					.formatted(recorded.get("protocolId").asText(), recorded.get("directionIds").get(0).asText()))
			.getBody();
		return proposed.get("initiativeId").asText();
	}

	private long version(String initiative) {
		return jdbc.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
				Long.class, initiative);
	}

	private long events(String initiative, String type) {
		return jdbc.queryForObject(
				"SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?",
				Long.class, initiative, "%." + type);
	}

	private static String progressReports(String initiative) {
		return "/api/initiatives/" + initiative + "/countries/KG/progress-reports";
	}

	private static String status(String initiative) {
		return "/api/initiatives/" + initiative + "/countries/KG/status";
	}

	private static String progress(int writer) {
		return """
				{"percent":%d,"asOf":"2025-12-20","note":"Report %d"}""".formatted(writer % 101, writer);
	}

	private static Map<Integer, Long> byStatus(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}

	private Answer send(String method, String path, String body, String ifMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(90))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString("liaison-kg:demo-liaison-kg".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
		return new Answer(response.statusCode(), (json != null) ? json.path("title").asText() : "",
				(json != null) ? json.path("detail").asText() : "");
	}

}
