package org.cooperation.tracker.command.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.web.BadTextVariants.Character;
import org.cooperation.tracker.command.web.BadTextVariants.Field;
import org.cooperation.tracker.command.web.MalformedVariants.Endpoint;
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

	private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_-]+)}");

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
		for (Endpoint endpoint : endpoints()) {
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
		for (Endpoint endpoint : endpoints()) {
			for (String template : textBodies(endpoint)) {
				String body = resolve(template, ids);
				for (Field field : BadTextVariants.fieldsOf(body)) {
					fields.add(endpoint.label() + " " + field.pointer());
					for (Character character : BadTextVariants.CHARACTERS) {
						if (character.linesOnly() && field.freeText()) {
							continue;
						}
						String label = endpoint.label() + " " + field.pointer() + " = " + character.label();
						byKind.merge(field.kind().name(), 1, Integer::sum);
						RawHttp.Reply reply = tally.check(label, 400,
								() -> http.request(endpoint.method(), resolve(endpoint.path(), ids))
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
				+ " text fields of " + endpoints().size() + " endpoints, by kind of field " + byKind + "; "
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
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (pattern.startsWith("/api/") && method != RequestMethod.GET && method != RequestMethod.HEAD) {
						mapped.put(shape(method.name() + " " + pattern),
								BadTextVariants.textFieldsOf(mapping.getValue().getMethod()));
					}
				}
			}
		}
		Map<String, Set<String>> tabled = new TreeMap<>();
		for (Endpoint endpoint : endpoints()) {
			Set<String> carried = new LinkedHashSet<>();
			textBodies(endpoint).forEach((body) -> carried.addAll(BadTextVariants.textFieldsIn(body)));
			tabled.put(shape(endpoint.label()), carried);
		}
		assertThat(tabled.keySet()).as("every write endpoint Spring maps is in the table, and nothing else")
			.containsExactlyInAnyOrderElementsOf(mapped.keySet());
		mapped.forEach((endpoint, textFields) -> assertThat(tabled.get(endpoint))
			.as("the bodies for " + endpoint + " carry each of its text fields")
			.containsAll(textFields));
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalStateException("a stored payload is not JSON", ex);
		}
	}

	/** An endpoint with its path variables unnamed, so the table and Spring compare. */
	private static String shape(String endpoint) {
		return endpoint.replaceAll("\\{[^}]*}", "{}");
	}

	/**
	 * The template with each {placeholder} replaced by the record's id, or its own name.
	 */
	private static String resolve(String template, Map<String, String> ids) {
		return PLACEHOLDER.matcher(template)
			.replaceAll((placeholder) -> Matcher
				.quoteReplacement(ids.getOrDefault(placeholder.group(1), placeholder.group(1))));
	}

	/**
	 * The rule refuses only what it must: free text keeps its tabs and lines (CR LF too),
	 * and every script and emoji pass, in notes and in titles alike.
	 */
	@Test
	void freeTextKeepsItsLinesAndEveryScriptPasses() {
		Map<String, String> ids = recordsToAddress();
		long before = storedEvents();
		ResponseEntity<JsonNode> filed = send("liaison-kg", HttpMethod.POST,
				"/api/initiatives/" + ids.get("CAL") + "/countries/KG/progress-reports", """
						{"percent":20,"asOf":"2026-01-06",
						 "note":"Орталық Азияның мәдени күнтізбесі 🎭\\n\\tКультурный календарь\\r\\nend"}""");
		assertThat(filed.getStatusCode().value()).as(String.valueOf(filed.getBody())).isEqualTo(201);
		ResponseEntity<JsonNode> proposed = send("secretariat", HttpMethod.POST, "/api/initiatives", """
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
		ResponseEntity<JsonNode> filed = send("liaison-kg", HttpMethod.POST,
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
	 * Every write endpoint, with the user who may call it and a body it accepts (null: it
	 * takes none). Placeholders name the records of {@link #recordsToAddress()}.
	 */
	static List<Endpoint> endpoints() {
		String initiative = "/api/initiatives/";
		String calendar = initiative + "{CAL}/calendar/submissions";
		String tour = initiative + "{TOUR}/cultural-tour";
		String archive = initiative + "{ARCH}/archive-exchange";
		String market = initiative + "{MKT}/marketplace/listings";
		String group = initiative + "{BRAND}/working-group";
		return List.of(new Endpoint("POST", "/api/protocols", "secretariat", """
				{"number":"No. 1","meetingDate":"2025-11-14","place":"Tashkent",
				 "meetingTitle":{"en":"Meeting of the culture ministers"},
				 "parties":[{"country":"KZ","role":"MEMBER","designatedSignatory":"A. Minister"},
				            {"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Cinema"}}]}"""),
				new Endpoint("POST", "/api/protocols/{P}/directions", "secretariat", """
						{"title":{"en":"Archives","ru":"Архивы"}}"""),
				new Endpoint("POST", "/api/protocols/{P}/signatures", "secretariat", """
						{"country":"UZ","signatory":"A. Signatory","position":"Minister","signedOn":"2025-11-14"}"""),
				new Endpoint("POST", "/api/initiatives", "secretariat", """
						{"protocolId":"{P}","directionId":"{D}","kind":"OTHER","title":{"en":"Festival"},
						 "description":{"en":"A festival"},"proposedBy":"KZ","participants":["KZ","UZ"]}"""),
				new Endpoint("PUT", initiative + "{CAL}/countries/{KG}/status", "liaison-kg",
						"""
								{"status":"AGREED","effectiveOn":"2025-12-01","note":"Order","evidence":["https://example.org/o"]}"""),
				new Endpoint("POST", initiative + "{CAL}/countries/{KG}/progress-reports", "liaison-kg", """
						{"percent":40,"asOf":"2025-12-20","note":"Sent","evidence":["https://example.org/r"]}"""),
				new Endpoint("POST", calendar, "liaison-kz", """
						{"country":"KZ","editionYear":2026,"title":{"en":"Folk festival"},"type":"FESTIVAL",
						 "city":"Almaty","startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union",
						 "link":"https://example.org/f","description":{"en":"Music"}}"""),
				new Endpoint("PUT", calendar + "/{S}/decision", "secretariat", """
						{"decision":"RETURNED","reason":"Name the venue"}"""),
				new Endpoint("PUT", calendar + "/{S}", "liaison-kz", """
						{"country":"KZ","title":{"en":"Folk festival"},"type":"FESTIVAL","city":"Almaty",
						 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union",
						 "link":"https://example.org/f","description":{"en":"Music"}}"""),
				new Endpoint("POST", calendar + "/{S}/withdrawal", "liaison-kz", """
						{"country":"KZ","reason":"Cancelled"}"""),
				new Endpoint("POST", tour + "/programmes", "secretariat", """
						{"year":2027}"""), new Endpoint("POST", tour + "/programmes/{2026}/legs", "liaison-uz", """
						{"kind":"FILM_SCREENING","title":{"en":"Screening"},"origin":"KZ","host":"UZ",
						 "city":"Samarkand","venue":"Hall","startsOn":"2026-03-01","endsOn":"2026-03-02",
						 "films":["{F}"]}"""),
				new Endpoint("PUT", tour + "/programmes/{2026}/legs/{L}/state", "liaison-uz", """
						{"state":"CONFIRMED","note":"Letter"}"""),
				new Endpoint("POST", tour + "/films", "liaison-kg", """
						{"holder":"KG","title":{"en":"Film"},"year":1964,"rightsCleared":true}"""),
				new Endpoint("PUT", tour + "/films/{F}/digitisation", "liaison-kg", """
						{"state":"QUEUED","on":"2026-02-01","note":"Queued"}"""),
				new Endpoint("PUT", tour + "/films/{F}/rights", "liaison-kg", """
						{"cleared":false,"note":"Withdrawn"}"""),
				new Endpoint("POST", archive + "/offers", "liaison-kz", """
						{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},
						 "reference":"F. 12","description":{"en":"Letters"},"note":"Offer"}"""),
				new Endpoint("POST", archive + "/requests", "liaison-kg", """
						{"holder":"KZ","receiver":"KG","materialType":"DOCUMENTARY","title":{"en":"Maps"},
						 "reference":"F. 13","description":{"ru":"Карты"},"note":"Request"}"""),
				new Endpoint("POST", archive + "/copies/{C}/approve", "liaison-kg", """
						{"country":"KG","note":"Yes"}"""),
				new Endpoint("POST", archive + "/copies/{C}/transfer", "liaison-kz",
						"""
								{"country":"KZ","checksum":"%s","medium":"DIGITAL_TRANSFER","sentOn":"2026-01-10","note":"Sent"}"""
							.formatted(DIGEST)),
				new Endpoint("POST", archive + "/copies/{C}/confirm-receipt", "liaison-kg",
						"""
								{"country":"KG","checksum":"%s","receivedOn":"2026-01-11","note":"Arrived"}"""
							.formatted(DIGEST)),
				new Endpoint("POST", archive + "/copies/{C}/withdraw", "liaison-kz", """
						{"country":"KZ","reason":"No longer offered"}"""),
				new Endpoint("POST", archive + "/copies/{C}/decline", "liaison-kg", """
						{"country":"KG","reason":"Not needed"}"""), new Endpoint("POST", market, "liaison-uz", """
						{"country":"UZ","name":"Woodcarver","craft":"WOODCARVER","city":"Khiva",
						 "description":{"en":"Doors"},"links":["https://example.org/w"],
						 "contact":{"email":"w@example.org","phone":"+000 00 000 0003"}}"""),
				new Endpoint("POST", market + "/{M}/verify", "secretariat", null),
				new Endpoint("POST", market + "/{M}/delist", "secretariat", """
						{"reason":"Closed"}"""), new Endpoint("PUT", market + "/{M}/contact", "liaison-uz", """
						{"email":"new@example.org","phone":"+000 00 000 0004"}"""),
				new Endpoint("DELETE", market + "/{M}/contact", "liaison-uz", null),
				new Endpoint("POST", group, "secretariat", """
						{"establishedOn":"2026-01-20","note":"Decision"}"""),
				new Endpoint("POST", group + "/countries/{KZ}/members", "liaison-kz", """
						{"name":"Member","position":"Head","role":"MEMBER","nominatedOn":"2026-01-27"}"""),
				new Endpoint("POST", group + "/members/{W}/replacement", "liaison-kz", """
						{"name":"Successor","position":"Deputy","role":"MEMBER","replacedOn":"2026-03-01"}"""),
				new Endpoint("POST", group + "/members/{W}/recall", "liaison-kz", """
						{"recalledOn":"2026-03-20","note":"Recalled"}"""),
				new Endpoint("POST", group + "/meetings", "secretariat", """
						{"heldOn":"2026-02-10","place":"Online","attending":["KZ","UZ"],"decisions":"Outline",
						 "minutes":{"url":"https://example.org/m.pdf","sha256":"%s"}}""".formatted(DIGEST)),
				new Endpoint("POST", group + "/concept-drafts", "secretariat", """
						{"version":1,"title":"Concept","url":"https://example.org/c.pdf","sha256":"%s",
						 "submittedOn":"2026-02-24"}""".formatted(DIGEST)),
				new Endpoint("PUT", group + "/countries/{KZ}/concept-approval", "liaison-kz", """
						{"version":1,"decision":"APPROVED","decidedOn":"2026-03-02","note":"Agreed"}"""),
				new Endpoint("POST", "/api/admin/users", "admin", """
						{"username":"new-official","password":"a-long-password","role":"OFFICIAL"}"""),
				new Endpoint("PUT", "/api/admin/users/{auditor}/password", "admin", """
						{"password":"another-long-password"}"""),
				new Endpoint("PUT", "/api/admin/users/{auditor}/enabled", "admin", """
						{"enabled":false}"""));
	}

	/**
	 * Real records for the paths to name (once per test class), each made by the user who
	 * may: a protocol, an initiative of each kind, and a record of each kind.
	 */
	private Map<String, String> recordsToAddress() {
		if (records != null) {
			return records;
		}
		Map<String, String> ids = new HashMap<>();
		JsonNode protocol = created("secretariat", "/api/protocols", """
				{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"First meeting"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
				            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
				            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Culture"}}]}""");
		ids.put("P", protocol.get("protocolId").asText());
		ids.put("D", protocol.get("directionIds").get(0).asText());
		for (String[] kind : new String[][] { { "CAL", "CULTURAL_CALENDAR" }, { "TOUR", "CULTURAL_TOUR_PLATFORM" },
				{ "ARCH", "ARCHIVE_EXCHANGE" }, { "MKT", "CREATIVE_MARKETPLACE" },
				{ "BRAND", "BRAND_WORKING_GROUP" } }) {
			ids.put(kind[0], created("secretariat", "/api/initiatives", """
					{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s"},
					 "participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(ids.get("P"), ids.get("D"), kind[1],
					kind[1]))
				.get("initiativeId")
				.asText());
		}
		String initiative = "/api/initiatives/";
		ids.put("S", created("liaison-kz", initiative + ids.get("CAL") + "/calendar/submissions", """
				{"country":"KZ","editionYear":2026,"title":{"en":"Festival"},"type":"FESTIVAL","city":"Almaty",
				 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union"}""").get("submissionId").asText());
		String tour = initiative + ids.get("TOUR") + "/cultural-tour";
		ids.put("F", created("liaison-kg", tour + "/films", """
				{"holder":"KG","title":{"en":"Film"},"year":1964,"rightsCleared":true}""").get("filmId").asText());
		created("secretariat", tour + "/programmes", "{\"year\":2026}");
		ids.put("L", created("liaison-uz", tour + "/programmes/2026/legs", """
				{"kind":"TOURING_PROGRAMME","origin":"KZ","host":"UZ","city":"Samarkand","venue":"Hall",
				 "startsOn":"2026-09-01","endsOn":"2026-09-02"}""").get("legId").asText());
		ids.put("C", created("liaison-kz", initiative + ids.get("ARCH") + "/archive-exchange/offers", """
				{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},
				 "reference":"F. 12"}""").get("copyId").asText());
		ids.put("M", created("liaison-uz", initiative + ids.get("MKT") + "/marketplace/listings", """
				{"country":"UZ","name":"Woodcarver","craft":"WOODCARVER","city":"Khiva",
				 "contact":{"email":"w@example.org"}}""").get("listingId").asText());
		String group = initiative + ids.get("BRAND") + "/working-group";
		created("secretariat", group, "{\"establishedOn\":\"2026-01-20\"}");
		ids.put("W", created("liaison-kz", group + "/countries/KZ/members", """
				{"name":"Member","position":"Head","role":"MEMBER","nominatedOn":"2026-01-27"}""").get("memberId")
			.asText());
		records = ids;
		return ids;
	}

	private JsonNode created(String user, String path, String body) {
		ResponseEntity<JsonNode> answer = send(user, HttpMethod.POST, path, body);
		assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(201);
		return answer.getBody();
	}

	private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body) {
		return signedInAs(user).method(method)
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

}
