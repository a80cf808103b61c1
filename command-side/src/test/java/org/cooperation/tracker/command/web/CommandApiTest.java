package org.cooperation.tracker.command.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API over real HTTP on a real PostgreSQL: the story's writes succeed and
 * stamp their events; every kind of bad input gets a 4xx problem+json and stores nothing.
 */
class CommandApiTest extends CommandSideIntegrationTest {

	/** The story's protocol, with one country code in lower case, which is accepted. */
	static final String PROTOCOL = TASHKENT_PROTOCOL.replace("\"UZ\"", "\"uz\"");

	/** A country a path names, when it is one the tracker knows. */
	static final Pattern COUNTRY_IN_PATH = Pattern.compile("/countries/(?i)(kz|uz|kg|tj|tm|az)/");

	@Autowired
	ObjectMapper json;

	RestClient http;

	static String protocolId;

	static String directionId;

	static String initiativeId;

	@BeforeEach
	void story() throws Exception {
		http = signedInAs("secretariat");
		if (protocolId != null) {
			return;
		}
		JsonNode protocol = post("/api/protocols", PROTOCOL).getBody();
		protocolId = protocol.get("protocolId").asText();
		directionId = protocol.get("directionIds").get(0).asText();
		JsonNode initiative = post("/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
				 "title":{"en":"Central Asian cultural calendar","kk":"Орталық Азияның мәдени күнтізбесі"},
				 "proposedBy":"KZ","participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(protocolId, directionId))
			.getBody();
		initiativeId = initiative.get("initiativeId").asText();
	}

	private ResponseEntity<JsonNode> post(String path, String body) {
		return send(http, HttpMethod.POST, path, body);
	}

	@Test
	void recordingAnswers201WithLocationAndStampsTheEvents() throws Exception {
		RestClient ticket = http.mutate().defaultHeader("X-Correlation-Id", "ticket-4711").build();
		ResponseEntity<JsonNode> recorded = send(ticket, HttpMethod.POST, "/api/protocols", PROTOCOL);
		String id = created(recorded, "protocolId", "/api/protocols/");
		assertThat(recorded.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("ticket-4711");

		List<String> metadata = jdbc.queryForList(
				"SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
				String.class, id);
		assertThat(metadata).hasSize(2); // ProtocolRecorded and one DirectionAgreed
		for (String each : metadata) {
			JsonNode node = json.readTree(each);
			assertThat(node.get("correlationId").asText()).isEqualTo("ticket-4711");
			assertThat(node.get("actor").asText()).isEqualTo("secretariat");
			assertThat(node.get("actorRole").asText()).isEqualTo("SECRETARIAT");
			assertThat(node.get("origin").asText()).isNotBlank();
		}
	}

	@Test
	void liaisonMovesStatusAndFilesProgress() {
		RestClient kyrgyzstan = signedInAs("liaison-kg");
		ResponseEntity<JsonNode> moved = send(kyrgyzstan, HttpMethod.PUT,
				"/api/initiatives/" + initiativeId + "/countries/kg/status",
				"""
						{"status":"AGREED","effectiveOn":"2025-12-01","note":"Order No. 12","evidence":["https://example.org/order-12"]}""");
		assertThat(moved.getStatusCode().value()).isEqualTo(200);
		assertThat(moved.getBody().get("status").asText()).isEqualTo("AGREED");

		ResponseEntity<JsonNode> report = send(kyrgyzstan, HttpMethod.POST,
				"/api/initiatives/" + initiativeId + "/countries/KG/progress-reports", """
						{"percent":40,"asOf":"2025-12-20","note":"Draft calendar sent"}""");
		assertThat(report.getStatusCode().value()).isEqualTo(201);
		assertThat(report.getHeaders().getLocation().toString())
			.startsWith("/api/initiatives/" + initiativeId + "/progress-reports/");
	}

	@Test
	void protocolTakesDirectionsAndSignatures() {
		ResponseEntity<JsonNode> direction = post("/api/protocols/" + protocolId + "/directions", """
				{"title":{"ru":"Архивы"}}""");
		assertThat(direction.getStatusCode().value()).isEqualTo(201);
		ResponseEntity<JsonNode> signature = post("/api/protocols/" + protocolId + "/signatures", """
				{"country":"tj","signatory":"A. Signatory","signedOn":"2025-11-14"}""");
		assertThat(signature.getStatusCode().value()).isEqualTo(201);
		assertThat(signature.getHeaders().getLocation()).hasToString("/api/protocols/" + protocolId + "/signatures/TJ");
	}

	@Test
	void openApiDocumentsTheCommands() {
		ResponseEntity<JsonNode> docs = http.get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);
		assertThat(docs.getStatusCode().value()).isEqualTo(200);
		assertThat(docs.getBody().get("paths").has("/api/protocols")).isTrue();
		assertThat(docs.getBody().get("paths").has("/api/initiatives/{initiativeId}/countries/{country}/status"))
			.isTrue();
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		return Stream.of(
				// malformed or missing bodies
				Arguments.of("POST", "/api/protocols", "{\"place\":", 400, "not well-formed JSON"),
				Arguments.of("POST", "/api/protocols", "", 400, "body"),
				Arguments.of("POST", "/api/protocols", "[]", 400, "expected"),
				Arguments.of("POST", "/api/protocols", "{} {}", 400, ""),
				Arguments.of("POST", "/api/protocols", "{\"meetingDate\":\"2025-11-14\"}", 400, "is required"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("\"KG\"", "\"RU\""), 400, "'RU' is not one of"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("2025-11-14", "14.11.2025"), 400,
						"not a valid LocalDate"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("\"place\"", "\"plaice\""), 400,
						"unknown field 'plaice'"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("{\"en\":\"Cultural events\"}", "{}"), 400,
						"at least one of kk, ru or en"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("Tashkent", "x".repeat(70_000)), 413,
						"at most 65536"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("Tashkent", "x".repeat(400)), 400,
						"place is longer than 300"),
				Arguments.of("POST", "/api/protocols", PROTOCOL.replace("2025-11-14", "2999-01-01"), 409, "future"),
				// unknown things
				Arguments.of("POST", "/api/protocols/" + unknown + "/directions", "{\"title\":{\"en\":\"X\"}}", 404,
						unknown),
				Arguments.of("POST", "/api/protocols/not-a-uuid/directions", "{\"title\":{\"en\":\"X\"}}", 400, ""),
				Arguments.of("POST", "/api/initiatives", "{\"protocolId\":\"" + unknown
						+ "\",\"directionId\":\"{d}\",\"kind\":\"OTHER\",\"title\":{\"en\":\"X\"},\"participants\":[\"KZ\"]}",
						422, "no protocol"),
				Arguments.of("POST", "/api/initiatives",
						"{\"protocolId\":\"{p}\",\"directionId\":\"" + unknown
								+ "\",\"kind\":\"OTHER\",\"title\":{\"en\":\"X\"},\"participants\":[\"KZ\"]}",
						422, "is not agreed"),
				Arguments.of("POST", "/api/initiatives",
						"{\"protocolId\":\"{p}\",\"directionId\":\"{d}\",\"kind\":\"FESTIVAL\",\"title\":{\"en\":\"X\"},\"participants\":[\"KZ\"]}",
						400, "'FESTIVAL' is not one of"),
				Arguments.of("POST", "/api/initiatives",
						"{\"protocolId\":\"{p}\",\"directionId\":\"{d}\",\"kind\":\"OTHER\",\"title\":{\"en\":\"X\"},\"participants\":[]}",
						400, "at least one participating country"),
				Arguments.of("PUT", "/api/initiatives/" + unknown + "/countries/KZ/status",
						"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\"}", 404, unknown),
				Arguments.of("PUT", "/api/initiatives/{i}/countries/XX/status",
						"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\"}", 400, "unknown country 'XX'"),
				Arguments.of("PUT", "/api/initiatives/{i}/countries/AZ/status",
						"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\"}", 409,
						"Azerbaijan does not participate"),
				Arguments.of("PUT", "/api/initiatives/{i}/countries/TJ/status",
						"{\"status\":\"COMPLETED\",\"effectiveOn\":\"2025-12-01\"}", 409,
						"Tajikistan's status on 'Central Asian cultural calendar' is PROPOSED; it cannot move to COMPLETED"),
				Arguments.of("PUT", "/api/initiatives/{i}/countries/TJ/status", "{\"status\":\"AGREED\"}", 400,
						"effectiveOn is required"),
				Arguments.of("PUT", "/api/initiatives/{i}/countries/TJ/status",
						"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\",\"evidence\":[\"javascript:alert(1)\"]}",
						400, "not an absolute http(s) address"),
				Arguments.of("POST", "/api/initiatives/{i}/countries/TJ/progress-reports", "{\"percent\":101}", 400,
						"between 0 and 100"),
				Arguments.of("POST", "/api/initiatives/{i}/countries/TJ/progress-reports", "{\"percent\":-5}", 400,
						"between 0 and 100"),
				Arguments.of("POST", "/api/initiatives/{i}/countries/TJ/progress-reports", "{\"percent\":\"many\"}",
						400, "not a valid Integer"),
				Arguments.of("POST", "/api/initiatives/{i}/countries/TJ/progress-reports", "{}", 400,
						"percent is required"),
				Arguments.of("POST", "/api/protocols/{p}/signatures",
						"{\"country\":\"KZ\",\"signatory\":\"  \",\"signedOn\":\"2025-11-14\"}", 400,
						"signatory is required"),
				Arguments.of("POST", "/api/initiatives/{p}/countries/KZ/progress-reports", "{\"percent\":5}", 404, ""),
				Arguments.of("POST", "/api/initiatives",
						"{\"protocolId\":\"{i}\",\"directionId\":\"{d}\",\"kind\":\"OTHER\",\"title\":{\"en\":\"X\"},\"participants\":[\"KZ\"]}",
						422, "no protocol"));
	}

	@ParameterizedTest(name = "{0} {1} -> {3}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String method, String path, String body, int status, String detail) {
		String resolvedPath = resolve(path);
		refused(writerOf(resolvedPath), method, resolvedPath, resolve(body), status, detail);
	}

	/**
	 * Who may send a request to this path: the liaison of the country it names, otherwise
	 * the secretariat; so the answer shows what is wrong with the input, not with the
	 * caller.
	 */
	private static String writerOf(String path) {
		Matcher country = COUNTRY_IN_PATH.matcher(path);
		return country.find() ? "liaison-" + country.group(1).toLowerCase(Locale.ROOT) : "secretariat";
	}

	/**
	 * The same refusal in the caller's language: Kazakh without Accept-Language or for a
	 * language the tracker does not speak, Russian or English when asked; the problem
	 * names its language in Content-Language. A refusal with no words of its own keeps
	 * its English and says so; a filter's answer follows the same rule.
	 */
	@Test
	void aRefusalIsWordedInTheCallersLanguage() {
		String path = resolve("/api/initiatives/{i}/countries/TJ/status");
		String body = "{\"status\":\"COMPLETED\",\"effectiveOn\":\"2025-12-01\"}";
		RestClient noLanguage = RestClient.builder()
			.baseUrl(baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth("liaison-tj", "demo-liaison-tj"))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
		ResponseEntity<JsonNode> kazakh = noLanguage.put()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(kazakh.getStatusCode().value()).isEqualTo(409);
		assertThat(kazakh.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
		assertThat(kazakh.getBody().get("title").asText()).isEqualTo("Хаттама ережесі бойынша қабылданбады");
		assertThat(kazakh.getBody().get("detail").asText()).isEqualTo(
				"Тәжікстан елінің «Central Asian cultural calendar» бастамасындағы мәртебесі — PROPOSED; ол COMPLETED "
						+ "мәртебесіне өте алмайды (ол мына мәртебелерге өте алады: [AGREED, DECLINED])");
		assertThat(kazakh.getBody().has("detailLanguage")).isFalse();

		ResponseEntity<JsonNode> russian = asking("ru-RU,ru;q=0.9,en;q=0.5", path, body);
		assertThat(russian.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
		assertThat(russian.getBody().get("title").asText()).isEqualTo("Отклонено правилом протокола");
		assertThat(russian.getBody().get("detail").asText())
			.startsWith("статус страны Таджикистан в инициативе «Central Asian cultural calendar» — PROPOSED; "
					+ "он не может перейти в COMPLETED");

		ResponseEntity<JsonNode> german = asking("de-DE,de;q=0.9", path, body);
		assertThat(german.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
		assertThat(german.getBody().get("detail").asText()).isEqualTo(kazakh.getBody().get("detail").asText());

		ResponseEntity<JsonNode> english = asking("de;q=0.9,en;q=0.8", path, body);
		assertThat(english.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		assertThat(english.getBody().get("detail").asText()).startsWith(
				"Tajikistan's status on 'Central Asian cultural calendar' is PROPOSED; it cannot move to COMPLETED");

		ResponseEntity<JsonNode> evidence = asking("kk", path,
				"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\",\"evidence\":[\"javascript:alert(1)\"]}");
		assertThat(evidence.getStatusCode().value()).isEqualTo(400);
		assertThat(evidence.getBody().get("title").asText()).isEqualTo("Жарамсыз сұрау");
		assertThat(evidence.getBody().get("detail").asText()).contains("not an absolute http(s) address");
		assertThat(evidence.getBody().get("detailLanguage").asText()).isEqualTo("en");

		ResponseEntity<JsonNode> nobody = RestClient.builder()
			.baseUrl(baseUrl())
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build()
			.put()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(nobody.getStatusCode().value()).isEqualTo(401);
		assertThat(nobody.getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
		assertThat(nobody.getBody().get("title").asText()).isEqualTo("Требуется вход");
		assertThat(nobody.getBody().get("detail").asText()).isEqualTo("войдите, чтобы пользоваться трекером");
	}

	private ResponseEntity<JsonNode> asking(String languages, String path, String body) {
		return signedInAs("liaison-tj").put()
			.uri(path)
			.header(HttpHeaders.ACCEPT_LANGUAGE, languages)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private String resolve(String text) {
		return text.replace("{p}", protocolId).replace("{d}", directionId).replace("{i}", initiativeId);
	}

}
