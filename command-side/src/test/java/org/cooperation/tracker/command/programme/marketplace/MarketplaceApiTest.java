package org.cooperation.tracker.command.programme.marketplace;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;
import org.cooperation.tracker.testing.TableScan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The marketplace commands over real HTTP on a real PostgreSQL, and the promise about
 * contact details: never in an event's payload or metadata, served only by the contact
 * endpoint, and gone from every table once erased while the events stay.
 */
class MarketplaceApiTest extends CommandSideIntegrationTest {

	static String marketplace;

	static String calendar;

	static String listing;

	@Autowired
	DataSource dataSource;

	@Autowired
	CommandGateway commands;

	RestClient http;

	@BeforeEach
	void story() {
		http = signedInAs("secretariat");
		if (marketplace != null) {
			return;
		}
		JsonNode protocol = send(HttpMethod.POST, "/api/protocols", """
				{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"Tashkent meeting"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
				            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
				            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Creative industries"}}]}""").getBody();
		String protocolId = protocol.get("protocolId").asText();
		String directionId = protocol.get("directionIds").get(0).asText();
		marketplace = propose(protocolId, directionId, "CREATIVE_MARKETPLACE", "Creative-industries marketplace");
		calendar = propose(protocolId, directionId, "CULTURAL_CALENDAR", "Cultural calendar");
		listing = sendAs("liaison-kg", HttpMethod.POST, path(""), listingBody("KG", "Sample Felt Maker KG-1", null))
			.getBody()
			.get("listingId")
			.asText();
	}

	private String propose(String protocolId, String directionId, String kind, String title) {
		return send(HttpMethod.POST, "/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s"},
				 "participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(protocolId, directionId, kind, title))
			.getBody()
			.get("initiativeId")
			.asText();
	}

	static String listingBody(String country, String name, String contact) {
		return """
				{"country":"%s","name":"%s","craft":"FELT_MAKER","city":"Bishkek",
				 "description":{"ru":"Войлочные ковры ширдак","en":"Shyrdak felt carpets"},
				 "links":["https://example.org/sample-felt-maker"]%s}""".formatted(country, name,
				(contact != null) ? ",\"contact\":" + contact : "");
	}

	private static String path(String rest) {
		return "/api/initiatives/" + marketplace + "/marketplace/listings" + rest;
	}

	/** Sends as the secretariat. */
	private ResponseEntity<JsonNode> send(HttpMethod method, String path, String body) {
		return send(http, method, path, body);
	}

	private List<String> columnsContaining(String text) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(TableScan.columnCount(connection)).as("columns scanned").isGreaterThan(20);
			return TableScan.columnsContaining(connection, text);
		}
	}

	private List<String> eventColumnsContaining(String text) {
		return jdbc.queryForList("""
				SELECT eventidentifier FROM domainevententry
				WHERE encode(payload, 'escape') ILIKE ? OR encode(metadata, 'escape') ILIKE ?""", String.class,
				"%" + text + "%", "%" + text + "%");
	}

	@Test
	void listingIsVerifiedAndDelisted() {
		ResponseEntity<JsonNode> listed = sendAs("liaison-uz", HttpMethod.POST, path(""),
				listingBody("uz", "Sample Designer UZ-1", null));
		String id = created(listed, "listingId", path("/"));
		assertThat(listed.getBody().get("state").asText()).isEqualTo("LISTED");
		assertThat(listed.getBody().get("contactOnFile").asBoolean()).isFalse();

		ResponseEntity<JsonNode> verified = send(HttpMethod.POST, path("/" + id + "/verify"), null);
		assertThat(verified.getStatusCode().value()).isEqualTo(200);
		assertThat(verified.getBody().get("state").asText()).isEqualTo("VERIFIED");
		ResponseEntity<JsonNode> delisted = send(HttpMethod.POST, path("/" + id + "/delist"),
				"{\"reason\":\"The studio closed\"}");
		assertThat(delisted.getBody().get("state").asText()).isEqualTo("DELISTED");
	}

	@Test
	void contactDetailsNeverEnterAnEventAndErasureRemovesThemFromEveryTable() throws Exception {
		String email = "erasure-" + UUID.randomUUID() + "@example.org";
		String phone = "+000 11 222 " + (1000 + (int) (Math.random() * 8999));
		ResponseEntity<JsonNode> listed = sendAs("liaison-tj", HttpMethod.POST, path(""),
				listingBody("TJ", "Sample Jeweller TJ-9", "{\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}"));
		assertThat(listed.getStatusCode().value()).isEqualTo(201);
		assertThat(listed.getBody().get("contactOnFile").asBoolean()).isTrue();
		String id = listed.getBody().get("listingId").asText();

		assertThat(eventColumnsContaining(email)).isEmpty();
		assertThat(eventColumnsContaining(phone)).isEmpty();
		assertThat(columnsContaining(email)).containsExactly("creator_contact.email");
		assertThat(columnsContaining(phone)).containsExactly("creator_contact.phone");

		ResponseEntity<JsonNode> contact = sendAs("liaison-tj", HttpMethod.GET, path("/" + id + "/contact"), null);
		assertThat(contact.getStatusCode().value()).isEqualTo(200);
		assertThat(contact.getHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(contact.getBody().get("email").asText()).isEqualTo(email);
		assertThat(contact.getBody().get("phone").asText()).isEqualTo(phone);

		String newEmail = "replaced-" + UUID.randomUUID() + "@example.org";
		assertThat(sendAs("liaison-tj", HttpMethod.PUT, path("/" + id + "/contact"), "{\"email\":\"" + newEmail + "\"}")
			.getStatusCode()
			.value()).isEqualTo(200);
		assertThat(columnsContaining(email)).as("replaced details are gone").isEmpty();
		assertThat(columnsContaining(phone)).isEmpty();
		assertThat(eventColumnsContaining(newEmail)).isEmpty();

		long before = storedEvents();
		// The creator's request for erasure reached the secretariat, which may erase too.
		ResponseEntity<JsonNode> erased = send(HttpMethod.DELETE, path("/" + id + "/contact"), null);
		assertThat(erased.getStatusCode().value()).isEqualTo(204);
		assertThat(storedEvents()).as("the erasure is recorded").isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
				+ "ORDER BY sequencenumber DESC LIMIT 1", String.class, id))
			.endsWith("CreatorContactErased");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
				Long.class, id))
			.as("the listing's events stay")
			.isEqualTo(3L);
		assertThat(columnsContaining(newEmail)).isEmpty();

		ResponseEntity<JsonNode> gone = sendAs("liaison-tj", HttpMethod.GET, path("/" + id + "/contact"), null);
		assertThat(gone.getStatusCode().value()).isEqualTo(404);
		assertThat(gone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(gone.getBody().get("detail").asText()).contains("none were given, or they were erased");

		ResponseEntity<JsonNode> again = sendAs("liaison-tj", HttpMethod.DELETE, path("/" + id + "/contact"), null);
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody().get("detail").asText())
			.isEqualTo("Tajikistan's listing 'Sample Jeweller TJ-9' is LISTED; it has no contact details on file "
					+ "(none were given, or they were erased already), so there is nothing to erase");
	}

	@Test
	void contactIsWrittenInTheTransactionOfItsEventAndRolledBackWithIt() {
		CreatorListingId id = CreatorListingId.random();
		CreatorContact first = new CreatorContact("first-" + id + "@example.org", null);
		commands.sendAndWait(asKazakhstansLiaison(new ListCreator(id, new InitiativeId(UUID.fromString(marketplace)),
				Country.KZ, "Sample Weaver KZ-2", Craft.WEAVER, "Almaty", null, List.of(), first)));
		long before = storedEvents();

		// The same listing id again: the contact row is replaced first, then appending
		// the
		// listing's first event fails on the event store's unique key. Both must roll
		// back.
		CreatorContact second = new CreatorContact("second-" + id + "@example.org", null);
		assertThatThrownBy(() -> commands
			.sendAndWait(asKazakhstansLiaison(new ListCreator(id, new InitiativeId(UUID.fromString(marketplace)),
					Country.KZ, "Sample Weaver KZ-2", Craft.WEAVER, "Almaty", null, List.of(), second))))
			.isInstanceOf(RuntimeException.class);

		assertThat(storedEvents()).isEqualTo(before);
		assertThat(
				jdbc.queryForObject("SELECT email FROM creator_contact WHERE listing_id = ?", String.class, id.value()))
			.isEqualTo(first.email());
	}

	private static CommandMessage<?> asKazakhstansLiaison(Object command) {
		return GenericCommandMessage.asCommandMessage(command)
			.andMetaData(Caller.liaison("liaison-kz", Country.KZ).toMetaData());
	}

	@Test
	void contactOfAListingIsNotServedUnderAnotherInitiative() {
		String id = sendAs("liaison-uz", HttpMethod.POST, path(""),
				listingBody("UZ", "Sample Ceramicist UZ-3", "{\"phone\":\"+000 1234 5678\"}"))
			.getBody()
			.get("listingId")
			.asText();
		assertThat(send(HttpMethod.GET, path("/" + id + "/contact"), null).getStatusCode().value()).isEqualTo(200);
		ResponseEntity<JsonNode> elsewhere = send(HttpMethod.GET,
				"/api/initiatives/" + calendar + "/marketplace/listings/" + id + "/contact", null);
		assertThat(elsewhere.getStatusCode().value()).isEqualTo(404);
		assertThat(elsewhere.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	/**
	 * Contact details are personal data: only the secretariat and the liaison of the
	 * listing's country, as the listing records it, read them.
	 */
	@Test
	void contactDetailsAreReadOnlyByTheSecretariatAndTheListingsOwnLiaison() {
		String phone = "+000 77 " + (100000 + (int) (Math.random() * 899999));
		String id = sendAs("liaison-tm", HttpMethod.POST, path(""),
				listingBody("TM", "Sample Carpet Maker TM-4", "{\"phone\":\"" + phone + "\"}"))
			.getBody()
			.get("listingId")
			.asText();
		for (String reader : List.of("secretariat", "liaison-tm")) {
			ResponseEntity<JsonNode> shown = sendAs(reader, HttpMethod.GET, path("/" + id + "/contact"), null);
			assertThat(shown.getStatusCode().value()).as(reader).isEqualTo(200);
			assertThat(shown.getBody().get("phone").asText()).isEqualTo(phone);
		}
		for (String reader : List.of("official", "auditor", "admin", "liaison-kz")) {
			ResponseEntity<JsonNode> refused = sendAs(reader, HttpMethod.GET, path("/" + id + "/contact"), null);
			assertThat(refused.getStatusCode().value()).as(reader).isEqualTo(403);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(refused.getBody().get("detail").asText())
				.startsWith("only the secretariat or Turkmenistan's liaison may read the contact details")
				.contains("'" + reader + "'");
			assertThat(refused.getBody().toString()).doesNotContain(phone);
		}
		ResponseEntity<JsonNode> nobody = RestClient.builder()
			.baseUrl(baseUrl())
			.defaultHeader("Accept-Language", "en")
			.build()
			.get()
			.uri(path("/" + id + "/contact"))
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(JsonNode.class);
		assertThat(nobody.getStatusCode().value()).isEqualTo(401);
		assertThat(nobody.getBody().toString()).doesNotContain(phone);
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String body = listingBody("KZ", "Sample Jeweller KZ-1", null);
		return Stream.of(
				Arguments.of("liaison-kz", "POST", "", listingBody("KZ", "Sample", "{\"email\":\"not-an-address\"}"),
						400, "email is not an e-mail address"),
				Arguments.of("liaison-kz", "POST", "", listingBody("KZ", "Sample", "{\"phone\":\"call me\"}"), 400,
						"phone is not a telephone number"),
				Arguments.of("liaison-kz", "POST", "", listingBody("KZ", "Sample", "{}"), 400,
						"need an email or a phone"),
				Arguments.of("liaison-kz", "POST", "",
						listingBody("KZ", "Sample", "{\"email\":\"a@example.org\",\"fax\":\"1\"}"), 400,
						"unknown field 'fax'"),
				Arguments.of("liaison-kz", "POST", "", body.replace("FELT_MAKER", "ASTRONAUT"), 400,
						"'ASTRONAUT' is not one of"),
				Arguments.of("liaison-kz", "POST", "", body.replace("\"craft\":\"FELT_MAKER\",", ""), 400,
						"craft is required"),
				Arguments.of("liaison-kz", "POST", "", body.replace("Sample Jeweller KZ-1", " "), 400,
						"name is required"),
				Arguments.of("liaison-kz", "POST", "", body.replace("Bishkek", "x".repeat(301)), 400,
						"city is longer than 300"),
				Arguments.of("liaison-kz", "POST", "",
						body.replace("https://example.org/sample-felt-maker", "javascript:alert(1)"), 400,
						"not an absolute http(s) address"),
				Arguments.of("liaison-kz", "POST", "",
						body.replace("[\"https://example.org/sample-felt-maker\"]",
								"[" + "\"https://example.org/x\",".repeat(10) + "\"https://example.org/y\"]"),
						400, "at most 10 links, not 11"),
				Arguments.of("liaison-az", "POST", "", listingBody("AZ", "Sample", null), 409,
						"Azerbaijan does not participate"),
				Arguments.of("liaison-kz", "POST", "", listingBody("XX", "Sample", null), 400, "unknown country 'XX'"),
				Arguments.of("liaison-kz", "POST", "{calendar}", body, 409,
						"is an initiative of kind CULTURAL_CALENDAR"),
				Arguments.of("liaison-kz", "POST", "{unknown}", body, 422, "no initiative"),
				Arguments.of("secretariat", "POST", "/" + unknown + "/verify", null, 404, unknown),
				Arguments.of("secretariat", "POST", "/{l}/delist", "{}", 400, "reason is required"),
				Arguments.of("secretariat", "POST", "/{l}/delist", "{\"reason\":\"" + "x".repeat(4001) + "\"}", 400,
						"reason is longer than 4000"),
				Arguments.of("liaison-kg", "PUT", "/{l}/contact", "{\"phone\":\"12\"}", 400,
						"phone is not a telephone number"),
				Arguments.of("liaison-kg", "PUT", "/{l}/contact", "{\"email\":\"\",\"phone\":\"\"}", 400,
						"need an email or a phone"),
				Arguments.of("secretariat", "DELETE", "/" + unknown + "/contact", null, 404, unknown),
				Arguments.of("secretariat", "DELETE", "/{l}/contact", null, 409,
						"Kyrgyzstan's listing 'Sample Felt Maker KG-1' is LISTED; it has no contact details on file"),
				Arguments.of("secretariat", "GET", "/{l}/contact", null, 404, "no contact details are on file"),
				Arguments.of("secretariat", "GET", "/not-a-uuid/contact", null, 400, ""));
	}

	@ParameterizedTest(name = "{0}: {1} {2} -> {4}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String user, String method, String where, String body, int status,
			String detail) {
		String resolved = where.startsWith("{calendar}") ? "/api/initiatives/" + calendar + "/marketplace/listings"
				: where.startsWith("{unknown}") ? "/api/initiatives/" + UUID.randomUUID() + "/marketplace/listings"
						: path(where.replace("{l}", listing));
		long contacts = jdbc.queryForObject("SELECT count(*) FROM creator_contact", Long.class);
		ResponseEntity<JsonNode> answer = refused(user, method, resolved, body, status, detail);
		assertThat(answer.getBody().toString()).doesNotContain("not-an-address").doesNotContain("call me");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM creator_contact", Long.class)).isEqualTo(contacts);
	}

	@Test
	void openApiDocumentsTheMarketplaceAndTheContactEndpoint() {
		JsonNode paths = http.get().uri("/v3/api-docs").retrieve().body(JsonNode.class).get("paths");
		assertThat(paths.has("/api/initiatives/{initiativeId}/marketplace/listings")).isTrue();
		JsonNode contact = paths.get("/api/initiatives/{initiativeId}/marketplace/listings/{listingId}/contact");
		assertThat(contact.has("get")).isTrue();
		assertThat(contact.has("put")).isTrue();
		assertThat(contact.has("delete")).isTrue();
	}

}
