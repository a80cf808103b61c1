package org.cooperation.tracker.query.e2e;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both applications running on one real PostgreSQL, talked to over real HTTP only: the
 * command side as its own packaged process, the query side as the test's application. The
 * database, the process and the Spring context are shared by every end-to-end test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=600000", "tracker.access.rate-limit.burst=10000",
				"tracker.access.failed-sign-ins.burst=10000" })
abstract class EndToEndTest {

	protected static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static CommandSideProcess commandSide;

	protected static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	protected static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	protected int queryPort;

	@DynamicPropertySource
	static void sharedDatabase(DynamicPropertyRegistry registry) {
		// The command side owns the event store schema, so it starts first.
		if (commandSide == null) {
			commandSide = CommandSideProcess.start(DATABASE);
		}
		DATABASE.registerAsDataSource(registry);
	}

	record Answer(int status, String location, JsonNode body, String contentType, HttpHeaders headers) {

		String etag() {
			return headers.firstValue("ETag").orElse(null);
		}

	}

	/** Sends a request as the demo secretariat. */
	static Answer send(String method, String url, String body) throws IOException, InterruptedException {
		return sendAs("secretariat", method, url, body);
	}

	/** Sends a request as the demo secretariat, with extra headers such as If-Match. */
	static Answer send(String method, String url, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		return sendAs("secretariat", method, url, body, headers);
	}

	/**
	 * Sends a request signed in as one of the demo accounts (password
	 * {@code demo-<name>}), or as nobody when {@code user} is null.
	 */
	static Answer sendAs(String user, String method, String url, String body) throws IOException, InterruptedException {
		return sendAs(user, method, url, body, Map.of());
	}

	/** The one way the tests talk to either side. */
	static Answer sendAs(String user, String method, String url, String body, Map<String, String> headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
		if (user != null) {
			signedIn(request, user);
		}
		headers.forEach(request::header);
		// The assertions read the English words; a test that checks another language
		// names it.
		if (headers.keySet().stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
			request.header("Accept-Language", "en");
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		JsonNode json = contentType.contains("json") ? JSON.readTree(response.body()) : null;
		return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null), json,
				contentType, response.headers());
	}

	/** Adds HTTP Basic credentials of a demo account (password {@code demo-<name>}). */
	static HttpRequest.Builder signedIn(HttpRequest.Builder request, String user) {
		return request.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
	}

	String command(String path) {
		return commandSide.baseUrl() + path;
	}

	String query(String path) {
		return "http://localhost:" + queryPort + path;
	}

	/**
	 * Waits, within a bound, until the query side's answer at {@code path} satisfies the
	 * check.
	 */
	JsonNode awaitQuery(String path, java.util.function.Predicate<JsonNode> check) {
		JsonNode[] seen = new JsonNode[1];
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			Answer answer = send("GET", query(path), null);
			seen[0] = answer.body();
			return answer.status() == 200 && check.test(answer.body());
		});
		return seen[0];
	}

	/**
	 * The initiative's row of the status matrix, once the matrix shows the initiative.
	 */
	JsonNode awaitStatusMatrixRow(String initiative) {
		return rowOf(awaitQuery("/api/status-matrix", (m) -> m.toString().contains(initiative)), initiative);
	}

	/** The initiative's row of the status matrix, which must have one. */
	static JsonNode rowOf(JsonNode matrix, String initiative) {
		for (JsonNode row : matrix.get("rows")) {
			if (row.get("initiativeId").asText().equals(initiative)) {
				return row;
			}
		}
		throw new AssertionError("the status matrix has no row for " + initiative + ": " + matrix);
	}

	String recordProtocol() throws Exception {
		Answer protocol = send("POST", command("/api/protocols"), """
				{"meetingDate":"2025-11-14","place":"Tashkent",
				 "meetingTitle":{"kk":"Орталық Азия елдерінің мәдениет министрлерінің алғашқы кездесуі",
				                 "en":"First meeting of the culture ministers of the Central Asian countries"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
				            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
				            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Cultural events and cinema"}}]}""");
		assertThat(protocol.status()).isEqualTo(201);
		return protocol.body().get("protocolId").asText() + "/" + protocol.body().get("directionIds").get(0).asText();
	}

	/**
	 * Records a protocol and proposes the cultural calendar under its direction; returns
	 * the calendar's id.
	 */
	String newCalendar() throws Exception {
		String[] ids = recordProtocol().split("/");
		return proposeCalendar(ids[0], ids[1]);
	}

	String proposeCalendar(String protocolId, String directionId) throws Exception {
		return propose(protocolId, directionId, "CULTURAL_CALENDAR", "Central Asian cultural calendar", "KZ", "UZ",
				"KG", "TJ", "TM");
	}

	/**
	 * Proposes an initiative of the given kind with the given participants; returns its
	 * id.
	 */
	String propose(String protocolId, String directionId, String kind, String englishTitle, String... participants)
			throws Exception {
		String list = String.join("\",\"", participants);
		Answer initiative = send("POST", command("/api/initiatives"), """
				{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s"},
				 "proposedBy":"kz","participants":["%s"]}""".formatted(protocolId, directionId, kind, englishTitle,
				list));
		assertThat(initiative.status()).isEqualTo(201);
		assertThat(initiative.location())
			.isEqualTo("/api/initiatives/" + initiative.body().get("initiativeId").asText());
		return initiative.body().get("initiativeId").asText();
	}

	/** Runs the demo loader as {@code ./tracker.sh demo-data} does, and waits for it. */
	static void loadDemoData() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(
				new ArrayList<>(List.of(java, "-Xmx512m", "-jar", System.getProperty("tracker.command-side.jar"))));
		builder.command()
			.addAll(List.of(DATABASE.applicationArguments("--spring.main.web-application-type=none",
					"--tracker.demo-data=load")));
		builder.redirectErrorStream(true);
		builder.redirectOutput(new File("target/demo-data-e2e.log"));
		Process loader = builder.start();
		try {
			assertThat(loader.waitFor(120, TimeUnit.SECONDS)).as("the loader finishes").isTrue();
			assertThat(loader.exitValue()).as("the loader's exit code; see target/demo-data-e2e.log").isZero();
		}
		finally {
			loader.destroyForcibly();
		}
	}

}
