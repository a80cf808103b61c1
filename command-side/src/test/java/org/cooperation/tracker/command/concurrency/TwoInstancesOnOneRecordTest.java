package org.cooperation.tracker.command.concurrency;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.cooperation.tracker.command.CommandSideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command-side instances on one database, as behind a load balancer, take writes on
 * the same record at once. Each instance's record lock serialises only its own writers,
 * so the two race on the event store's unique (aggregate, sequence) key: a write without
 * If-Match that loses is run again on the record as it now is, a bounded number of times,
 * and answered 409 only if it lost every time; a write with If-Match names a version that
 * is no longer the record's and gets 412. No answer is a 5xx, and the record holds
 * exactly one event per 2xx answer: none lost, none twice. (How many lost every time
 * depends on the machine's timing, so it is printed, not asserted; IfMatchApiTest runs a
 * lost race again deterministically.)
 */
class TwoInstancesOnOneRecordTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final int WRITERS_PER_INSTANCE = 8;

	private static final int WRITES_PER_WRITER = 4;

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final JdbcTemplate database = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	record Answer(int status, JsonNode body) {

		@Override
		public String toString() {
			return status + " " + body;
		}

	}

	@AfterEach
	void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void writesOnOneRecordThroughTwoInstancesAreEachStoredOnceOrRefusedWithAReason() throws Exception {
		int first = start();
		int second = start();
		String initiative = anInitiative(first);
		long version = version(initiative);

		List<Future<Answer>> plain = new ArrayList<>();
		List<Future<Answer>> withIfMatch = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(2 * WRITERS_PER_INSTANCE);
		CountDownLatch go = new CountDownLatch(1);
		try {
			for (int writer = 0; writer < 2 * WRITERS_PER_INSTANCE; writer++) {
				int port = (writer % 2 == 0) ? first : second;
				int number = writer;
				for (int write = 0; write < WRITES_PER_WRITER; write++) {
					boolean ifMatch = write == 0 && writer < 4;
					Future<Answer> answer = threads.submit(() -> {
						go.await();
						return send(port, "POST", progressReports(initiative), """
								{"percent":%d,"asOf":"2025-12-20","note":"Writer %d"}""".formatted(number, number),
								ifMatch ? "\"" + version + "\"" : null);
					});
					(ifMatch ? withIfMatch : plain).add(answer);
				}
			}
			go.countDown();
			List<Answer> plainAnswers = answers(plain);
			List<Answer> ifMatchAnswers = answers(withIfMatch);

			System.out.printf("Two instances, one record: without If-Match %s, with a stale If-Match %s%n",
					byStatus(plainAnswers), byStatus(ifMatchAnswers));
			assertThat(plainAnswers)
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isIn(201, 409));
			assertThat(ifMatchAnswers)
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isIn(201, 412));
			assertThat(ifMatchAnswers.stream().filter((answer) -> answer.status() == 201).count())
				.as("one write at most was decided on the version its If-Match named")
				.isLessThanOrEqualTo(1);
			long stored = plainAnswers.stream().filter((answer) -> answer.status() == 201).count()
					+ ifMatchAnswers.stream().filter((answer) -> answer.status() == 201).count();
			assertThat(version(initiative)).as("one event per 201, none lost and none twice")
				.isEqualTo(version + stored);
			assertThat(database
				.queryForObject("SELECT count(DISTINCT payload) FROM domainevententry WHERE aggregateidentifier = ? "
						+ "AND payloadtype LIKE '%.ProgressReported'", Long.class, initiative))
				.isEqualTo(stored);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private int start() {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(CommandSideApplication.class)
			.run(DATABASE.applicationArguments("--server.port=0", "--tracker.access.rate-limit.per-minute=600000",
					"--tracker.access.rate-limit.burst=10000", "--tracker.access.failed-sign-ins.burst=10000"));
		instances.add(instance);
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	private String anInitiative(int port) throws Exception {
		JsonNode protocol = send(port, "POST", "/api/protocols", """
				{"meetingDate":"2025-11-14","place":"Tashkent",
				 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"KG","role":"MEMBER"}],
				 "directions":[{"title":{"en":"Cultural events"}}]}""", null, "secretariat").body();
		JsonNode initiative = send(port, "POST", "/api/initiatives",
				"""
						{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
						 "title":{"en":"Central Asian cultural calendar"},"participants":["KZ","KG"]}"""
					.formatted(protocol.get("protocolId").asText(), protocol.get("directionIds").get(0).asText()),
				null, "secretariat")
			.body();
		return initiative.get("initiativeId").asText();
	}

	private long version(String initiative) {
		return database.queryForObject("SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?",
				Long.class, initiative);
	}

	private static String progressReports(String initiative) {
		return "/api/initiatives/" + initiative + "/countries/KG/progress-reports";
	}

	private static List<Answer> answers(List<Future<Answer>> futures) throws Exception {
		List<Answer> answers = new ArrayList<>();
		for (Future<Answer> answer : futures) {
			answers.add(answer.get(2, TimeUnit.MINUTES));
		}
		return answers;
	}

	private static Map<Integer, Long> byStatus(List<Answer> answers) {
		return answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
	}

	private static Answer send(int port, String method, String path, String body, String ifMatch) throws Exception {
		return send(port, method, path, body, ifMatch, "liaison-kg");
	}

	private static Answer send(int port, String method, String path, String body, String ifMatch, String user)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.timeout(Duration.ofSeconds(90))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		return new Answer(response.statusCode(), contentType.contains("json") ? JSON.readTree(response.body()) : null);
	}

}
