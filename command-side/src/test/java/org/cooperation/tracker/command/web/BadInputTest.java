package org.cooperation.tracker.command.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.web.BadTextVariants.Character;
import org.cooperation.tracker.command.web.BadTextVariants.Field;
import org.cooperation.tracker.command.web.WriteEndpoints.Endpoint;
import org.cooperation.tracker.command.web.MalformedVariants.Variant;
import org.cooperation.tracker.testing.BadInputTally;
import org.cooperation.tracker.testing.ContainerCases;
import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input test: for every write endpoint of the command side, signed in as a user
 * who may make the request (so it gets past sign-in to parsing and checking), hundreds of
 * malformed variants of a valid request (see {@link MalformedVariants}) are sent over
 * real HTTP, byte for byte as written. Every one must get a 4xx (the exact one where it
 * is certain), as problem+json with a status and a title and nothing internal, and must
 * leave the event store, the user accounts and the contact details as they were.
 */
class BadInputTest extends CommandSideIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static Map<String, String> records;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** What the malformed requests could change, were one accepted. */
	record Recorded(long events, String users, long contacts) {
	}

	Recorded recorded() {
		return jdbc.queryForObject("SELECT (SELECT count(*) FROM domainevententry), "
				+ "(SELECT md5(string_agg(username || password_hash || role || enabled, ',' ORDER BY username)) "
				+ "FROM tracker_user), (SELECT count(*) FROM creator_contact)",
				(row, i) -> new Recorded(row.getLong(1), row.getString(2), row.getLong(3)));
	}

	@Test
	void everyMalformedRequestGetsA4xxProblemAndChangesNothing() {
		Map<String, String> ids = recordsToAddress();
		RawHttp http = new RawHttp(port);
		BadInputTally tally = new BadInputTally("command side", this::recorded);
		for (String hostile : List.of(MalformedVariants.SQL_OR, MalformedVariants.SQL_DROP,
				MalformedVariants.TRAVERSAL)) {
			BadInputTally.assertHostile(hostile);
		}
		for (Endpoint endpoint : WriteEndpoints.all()) {
			for (Variant variant : MalformedVariants.of(endpoint, ids)) {
				tally.check(variant.label(), variant.expected(), () -> {
					RawHttp.Request request = http.request(variant.method(), variant.target())
						.basic(endpoint.user(), "demo-" + endpoint.user());
					if (variant.body() != null) {
						request.body(variant.contentType(), variant.body());
					}
					return variant.chunked() ? request.chunked().send() : request.send();
				});
			}
		}
		ContainerCases.check(tally, http, "/api/protocols", "secretariat");
		tally.assertAllRefused(500);
	}

	/**
	 * The bad-text test: every text field of every write endpoint (each language of a
	 * multilingual text on its own, addresses and codes included) given in turn each
	 * character the database cannot store or that deceives a reader, as a JSON escape and
	 * as raw UTF-8, and a tab and a line break where the field holds one line. Each must
	 * be a 400 problem whose detail names the field and the character as U+XXXX without
	 * echoing it, and must store nothing.
	 */
	@Test
	void textThatCannotBeStoredOrDeceivesIsRefusedInEveryFieldNamingIt() {
		Map<String, String> ids = recordsToAddress();
		RawHttp http = new RawHttp(port);
		BadInputTally tally = new BadInputTally("command side, bad text", this::recorded);
		List<String> misnamed = new ArrayList<>();
		Set<String> fields = new TreeSet<>();
		Map<String, Integer> byKind = new TreeMap<>();
		Map<String, String> samples = new TreeMap<>();
		for (Endpoint endpoint : WriteEndpoints.all()) {
			for (String template : textBodies(endpoint)) {
				String body = WriteEndpoints.resolve(template, ids);
				for (Field field : BadTextVariants.fieldsOf(body)) {
					fields.add(endpoint.label() + " " + field.pointer());
					for (Character character : BadTextVariants.CHARACTERS) {
						if (character.linesOnly() && field.freeText()) {
							continue;
						}
						String label = endpoint.label() + " " + field.pointer() + " = " + character.label();
						byKind.merge(field.kind().name(), 1, Integer::sum);
						RawHttp.Reply reply = tally.check(label, 400,
								() -> http.request(endpoint.method(), WriteEndpoints.resolve(endpoint.path(), ids))
									.basic(endpoint.user(), "demo-" + endpoint.user())
									.body("application/json", BadTextVariants.withCharacter(body, field, character))
									.send());
						if (reply != null && character.codePoint() == 0) {
							samples.putIfAbsent(field.kind().name(), field.pointer() + ": " + reply.body());
						}
						String wrong = (reply != null) ? misnaming(reply, field, character) : null;
						if (wrong != null) {
							misnamed.add(label + " -> " + wrong);
						}
					}
				}
			}
		}
		System.out.println("Bad-text test (command side): " + tally.sent() + " requests over " + fields.size()
				+ " text fields of " + WriteEndpoints.all().size() + " endpoints, by kind of field " + byKind + "; "
				+ misnamed.size() + " answers did not name the field and the character");
		samples.forEach((kind, sample) -> System.out.println("  e.g. " + kind + " " + sample));
		tally.assertAllRefused(1_000);
		assertThat(misnamed).as("answers that do not name the field and the character").isEmpty();
	}

	/**
	 * What is wrong with a refusal's detail, or null: it must name the character as
	 * U+XXXX, never hold the character itself, and name the field when it holds text.
	 */
	private static String misnaming(RawHttp.Reply reply, Field field, Character character) {
		String detail;
		try {
			detail = JSON.readTree(reply.body()).path("detail").asText("");
		}
		catch (Exception ex) {
			return "no problem detail";
		}
		String bad = new String(java.lang.Character.toChars(character.codePoint()));
		if (detail.contains(bad)) {
			return "the detail echoes the character: " + detail.replace(bad, "<HERE>");
		}
		if (!character.readable()) {
			return detail.matches("the body is not well-formed JSON \\(line \\d+, column \\d+\\)") ? null
					: "the detail does not say where the body stops being UTF-8: " + detail;
		}
		if (!detail.contains(character.named())) {
			return "the detail does not name " + character.named() + ": " + detail;
		}
		if (field.mustBeNamed()
				&& !BadTextVariants.comparable(detail).contains(BadTextVariants.comparable(field.named()))) {
			return "the detail does not name the field " + field.named() + ": " + detail;
		}
		return null;
	}

	/**
	 * The valid bodies whose fields the bad-text test spoils: the endpoint's own and, for
	 * text fields it reads only in another case, one for that case.
	 */
	static List<String> textBodies(Endpoint endpoint) {
		List<String> bodies = new ArrayList<>();
		if (endpoint.body() != null) {
			bodies.add(endpoint.body());
		}
		bodies.addAll(OTHER_TEXT_BODIES.getOrDefault(endpoint.label(), List.of()));
		return bodies;
	}

	/** Bodies for text fields an endpoint reads only in another case than its own. */
	static final Map<String, List<String>> OTHER_TEXT_BODIES = Map.of(
			"PUT /api/initiatives/{TOUR}/cultural-tour/programmes/{2026}/legs/{L}/state", List.of("""
					{"state":"CANCELLED","reason":"Storm"}""", """
					{"state":"HELD","note":"Held","evidence":["https://example.org/h"]}"""), "POST /api/admin/users",
			List.of("""
					{"username":"new-liaison","password":"a-long-password","role":"LIAISON","country":"KZ"}"""));

	/**
	 * The table names every write endpoint Spring maps, and the bodies of each carry
	 * every text field its request body has, at any depth: so a new endpoint or a new
	 * field cannot escape the bad-input and bad-text tests.
	 */
	@Test
	void theTablesCoverEveryWriteEndpointAndEveryTextField() {
		Map<String, Set<String>> mapped = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (!takesJson(info)) {
				// A body that is not JSON (a CSV import) has tests of its own, in its
				// room.
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (pattern.startsWith("/api/") && method != RequestMethod.GET && method != RequestMethod.HEAD) {
						mapped.put(WriteEndpoints.shape(method.name() + " " + pattern),
								BadTextVariants.textFieldsOf(mapping.getValue().getMethod()));
					}
				}
			}
		}
		Map<String, Set<String>> tabled = new TreeMap<>();
		for (Endpoint endpoint : WriteEndpoints.all()) {
			Set<String> carried = new LinkedHashSet<>();
			textBodies(endpoint).forEach((body) -> carried.addAll(BadTextVariants.textFieldsIn(body)));
			tabled.put(endpoint.shape(), carried);
		}
		assertThat(tabled.keySet()).as("every write endpoint Spring maps is in the table, and nothing else")
			.containsExactlyInAnyOrderElementsOf(mapped.keySet());
		mapped.forEach((endpoint, textFields) -> assertThat(tabled.get(endpoint))
			.as("the bodies for " + endpoint + " carry each of its text fields")
			.containsAll(textFields));
	}

	private static boolean takesJson(RequestMappingInfo info) {
		Set<MediaType> consumed = info.getConsumesCondition().getConsumableMediaTypes();
		return consumed.isEmpty() || consumed.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalStateException("a stored payload is not JSON", ex);
		}
	}

	/**
	 * The rule refuses only what it must: free text keeps its tabs and lines (CR LF too),
	 * and every script and emoji pass, in notes and in titles alike.
	 */
	@Test
	void freeTextKeepsItsLinesAndEveryScriptPasses() {
		Map<String, String> ids = recordsToAddress();
		long before = storedEvents();
		ResponseEntity<JsonNode> filed = sendAs("liaison-kg", HttpMethod.POST,
				"/api/initiatives/" + ids.get("CAL") + "/countries/KG/progress-reports", """
						{"percent":20,"asOf":"2026-01-06",
						 "note":"Орталық Азияның мәдени күнтізбесі 🎭\\n\\tКультурный календарь\\r\\nend"}""");
		assertThat(filed.getStatusCode().value()).as(String.valueOf(filed.getBody())).isEqualTo(201);
		ResponseEntity<JsonNode> proposed = sendAs("secretariat", HttpMethod.POST, "/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"OTHER",
				 "title":{"kk":"Мәдени бренд 🇰🇿","ru":"Культурный бренд","en":"Cultural brand"},
				 "description":{"en":"First line\\nsecond line"},"participants":["KZ"]}""".formatted(ids.get("P"),
				ids.get("D")));
		assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
		assertThat(storedEvents()).isEqualTo(before + 2);
		List<JsonNode> payloads = jdbc
			.queryForList(
					"SELECT convert_from(payload, 'UTF8') FROM domainevententry ORDER BY globalindex DESC LIMIT 2",
					String.class)
			.stream()
			.map(BadInputTest::parse)
			.toList();
		assertThat(payloads.get(1).path("note").asText())
			.isEqualTo("Орталық Азияның мәдени күнтізбесі 🎭\n\tКультурный календарь\r\nend");
		assertThat(payloads.get(0).path("title").path("kk").asText()).isEqualTo("Мәдени бренд 🇰🇿");
		assertThat(payloads.get(0).path("description").path("en").asText()).isEqualTo("First line\nsecond line");
	}

	/** SQL in a free text is just text: stored as written, and the tables are intact. */
	@Test
	void sqlInANoteIsRecordedAsWrittenAndHarmsNothing() {
		Map<String, String> ids = recordsToAddress();
		long before = storedEvents();
		ResponseEntity<JsonNode> filed = sendAs("liaison-kg", HttpMethod.POST,
				"/api/initiatives/" + ids.get("CAL") + "/countries/KG/progress-reports",
				"{\"percent\":10,\"asOf\":\"2026-01-05\",\"note\":\"'; DROP TABLE domainevententry; --\"}");
		assertThat(filed.getStatusCode().value()).isEqualTo(201);
		assertThat(storedEvents()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject(
				"SELECT convert_from(payload, 'UTF8') FROM domainevententry " + "ORDER BY globalindex DESC LIMIT 1",
				String.class))
			.contains("'; DROP TABLE domainevententry; --");
	}

	/**
	 * Real records for the paths to name (once per test class), each made by the user who
	 * may: a protocol, an initiative of each kind, and a record of each kind.
	 */
	private Map<String, String> recordsToAddress() {
		if (records != null) {
			return records;
		}
		try {
			records = WriteEndpoints.records(this::created);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the records to address could not be made", ex);
		}
		return records;
	}

	private JsonNode created(String user, String path, String body) {
		ResponseEntity<JsonNode> answer = sendAs(user, HttpMethod.POST, path, body);
		assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(201);
		return answer.getBody();
	}

}
