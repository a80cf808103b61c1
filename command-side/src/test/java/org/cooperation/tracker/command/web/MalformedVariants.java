package org.cooperation.tracker.command.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cooperation.tracker.command.web.WriteEndpoints.Endpoint;
import org.cooperation.tracker.testing.Placeholders;

/**
 * Malformed variants of one valid write request, made systematically: the body broken as
 * a whole (syntax, type, size, depth, content type), each field in turn given a value of
 * the wrong type or out of bounds by its kind, each path variable and the query string
 * given hostile text. Each variant says which status it must get where that is certain
 * (400, 405, 413, 415), or none where several 4xx are right (a hostile path variable is a
 * 400 or a 404).
 */
final class MalformedVariants {

	/** One malformed request. */
	record Variant(String label, String method, String target, String contentType, byte[] body, boolean chunked,
			Integer expected) {

	}

	/** The kinds of value a field holds, told from the valid value. */
	enum Kind {

		TEXT, DATE, INTEGER, BOOLEAN, ENUM, COUNTRY, UUID, URL, SHA256, LOCALIZED, LIST, OBJECT

	}

	static final String SQL_OR = "' OR 1=1 --";

	static final String SQL_DROP = "'; DROP TABLE domainevententry; --";

	static final String TRAVERSAL = "../../../etc/passwd";

	/** Longer than every text cap of the tracker (the longest is 4,000 characters). */
	static final String TOO_LONG = "x".repeat(4_001);

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** Hostile text in place of an id in the path, written as it goes on the wire. */
	static final List<String> HOSTILE_IDS = List.of("not-a-uuid", "..%2F..%2F..%2Fetc%2Fpasswd",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", "%00", "%27%20OR%201%3D1%20--",
			"%27%3B%20DROP%20TABLE%20domainevententry%3B%20--", "..%5C..%5Cwindows", "%C0%AE%C0%AE%2F",
			"x".repeat(3_000));

	/** Hostile text in place of a country code in the path. */
	static final List<String> HOSTILE_COUNTRIES = List.of("XX", "RU", "k%00z", "..%2F..%2Fetc", "%27%20OR%201%3D1%20--",
			"K".repeat(300), "%F0%9F%98%80", "1", "..", "k%E2%80%AEz", "%C2%85KZ");

	/** Hostile text in place of a year in the path. */
	static final List<String> HOSTILE_YEARS = List.of("abc", "99999999999", "-1", "1999", "2101", "2026.5", "%00",
			"2026%2F..%2F..", "%27%20OR%201%3D1%20--");

	/** Hostile text in place of a user name in the path. */
	static final List<String> HOSTILE_NAMES = List.of("..%2F..%2Fetc", "%00", "x".repeat(300), "%27%20OR%201%3D1%20--",
			"%27%3B%20UPDATE%20tracker_user%20SET%20enabled%3Dfalse%3B%20--", "*", "%25", "auditor%E2%81%A6",
			"%ED%A0%80");

	/** Query strings the tracker refuses, whatever the request. */
	static final List<String> HOSTILE_QUERIES = List.of("a=1&".repeat(40) + "a=1", "q=" + "x".repeat(300), "q=%zz",
			"q=%C3%28", "x=" + "y".repeat(2_100), "q=%0d%0aSet-Cookie:%20x%3D1");

	private final Endpoint endpoint;

	private final Map<String, String> ids;

	private final List<Variant> variants = new ArrayList<>();

	private MalformedVariants(Endpoint endpoint, Map<String, String> ids) {
		this.endpoint = endpoint;
		this.ids = ids;
	}

	/** Every malformed variant of a request to this endpoint. */
	static List<Variant> of(Endpoint endpoint, Map<String, String> ids) {
		MalformedVariants made = new MalformedVariants(endpoint, ids);
		made.pathVariables();
		made.queryStrings();
		made.bodySizeDeclared();
		if (endpoint.body() != null) {
			made.methodNotAllowed();
			made.brokenBodies();
			made.contentTypes();
			made.everyField();
		}
		return made.variants;
	}

	private String path() {
		return resolve(endpoint.path());
	}

	private String body() {
		return (endpoint.body() != null) ? resolve(endpoint.body()) : null;
	}

	private String resolve(String template) {
		return Placeholders.resolve(template, ids);
	}

	private void add(String what, Integer expected, String target, String contentType, byte[] body, boolean chunked) {
		variants.add(new Variant(endpoint.label() + " [" + what + "]", endpoint.method(), target, contentType, body,
				chunked, expected));
	}

	private void addJson(String what, Integer expected, String json) {
		add(what, expected, path(), "application/json", json.getBytes(StandardCharsets.UTF_8), false);
	}

	private byte[] validBody() {
		return (body() != null) ? body().getBytes(StandardCharsets.UTF_8) : null;
	}

	private String validContentType() {
		return (body() != null) ? "application/json" : null;
	}

	/** Each path variable in turn replaced by hostile text; the rest stays valid. */
	private void pathVariables() {
		Matcher placeholder = Placeholders.PLACEHOLDER.matcher(endpoint.path());
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String value = ids.getOrDefault(name, name);
			for (String hostile : hostileFor(value)) {
				String target = resolve(endpoint.path().substring(0, placeholder.start())) + hostile
						+ resolve(endpoint.path().substring(placeholder.end()));
				add("path {" + name + "} = " + abbreviated(hostile), null, target, validContentType(), validBody(),
						false);
			}
		}
	}

	private static List<String> hostileFor(String value) {
		if (ID.matcher(value).matches()) {
			return HOSTILE_IDS;
		}
		if (value.matches("[A-Z]{2}")) {
			return HOSTILE_COUNTRIES;
		}
		if (value.matches("\\d{4}")) {
			return HOSTILE_YEARS;
		}
		return HOSTILE_NAMES;
	}

	/** The valid request with a query string that is refused before anything else. */
	private void queryStrings() {
		for (String query : HOSTILE_QUERIES) {
			add("query " + abbreviated(query), 400, path() + "?" + query, validContentType(), validBody(), false);
		}
	}

	/** A declared length beyond the limit is refused before a byte is read. */
	private void bodySizeDeclared() {
		byte[] padded = padded(body() != null ? body() : "{}", 70_000);
		add("body of 70,000 bytes, length declared", 413, path(), "application/json", padded, false);
	}

	private void methodNotAllowed() {
		variants.add(new Variant(endpoint.label() + " [PATCH]", "PATCH", path(), "application/json", validBody(), false,
				405));
	}

	/** The body broken as a whole, by syntax, type, depth and size. */
	private void brokenBodies() {
		String valid = body();
		addJson("empty body", 400, "");
		addJson("blank body", 400, "   ");
		addJson("lone brace", 400, "{");
		addJson("cut in half", 400, valid.substring(0, valid.length() / 2));
		addJson("last brace missing", 400, valid.substring(0, valid.length() - 1));
		addJson("trailing garbage", 400, valid + " x");
		addJson("trailing brace", 400, valid + "}");
		addJson("second document", 400, valid + " {}");
		addJson("array at the top", 400, "[]");
		addJson("body inside an array", 400, "[" + valid + "]");
		addJson("string at the top", 400, "\"text\"");
		addJson("number at the top", 400, "42");
		addJson("null at the top", 400, "null");
		addJson("single quotes", 400, valid.replace('"', '\''));
		addJson("trailing comma", 400, valid.substring(0, valid.length() - 1) + ",}");
		addJson("comment", 400, "/* note */ " + valid);
		addJson("NaN", 400, "{\"x\":NaN}");
		addJson("unknown field", 400, withField(valid, "\"unexpected\":1"));
		addJson("type hint", 400, withField(valid, "\"@class\":\"java.lang.ProcessBuilder\""));
		String first = firstFieldOf(valid);
		if (first != null) {
			addJson("field named twice", 400, withField(valid, first));
		}
		addJson("10,000 nested arrays", 400, "[".repeat(10_000) + "]".repeat(10_000));
		addJson("33 nested arrays in a field", 400, withField(valid, "\"deep\":" + "[".repeat(33) + "]".repeat(33)));
		addJson("string of 60,000 characters", 400, withField(valid, "\"huge\":\"" + "x".repeat(60_000) + "\""));
		addJson("number of 1,000 digits", 400, withField(valid, "\"big\":" + "9".repeat(1_000)));
		addJson("field name of 5,000 characters", 400, withField(valid, "\"" + "n".repeat(5_000) + "\":1"));
		add("invalid UTF-8", 400, path(), "application/json", invalidUtf8(valid), false);
		addJson("raw control character", 400, withField(valid, "\"ctl\":\"a\u0001b\""));
		add("body of 70,000 bytes, chunked", 413, path(), "application/json", padded(valid, 70_000), true);
	}

	private void contentTypes() {
		byte[] valid = validBody();
		add("as text/plain", 415, path(), "text/plain", valid, false);
		add("as a form", null, path(), "application/x-www-form-urlencoded", valid, false);
		add("without a content type", 415, path(), null, valid, false);
		add("as application/json with an unknown charset", null, path(), "application/json; charset=bogus", valid,
				false);
	}

	/** Each field, at any depth, in turn given each wrong value its kind allows. */
	private void everyField() {
		JsonNode valid = parse(body());
		List<String> pointers = new ArrayList<>();
		fields(valid, "", pointers);
		for (String pointer : pointers) {
			JsonNode value = valid.at(pointer);
			Kind kind = kindOf(value);
			for (Map.Entry<String, Supplier<JsonNode>> wrong : wrongValues(kind, value).entrySet()) {
				JsonNode changed = valid.deepCopy();
				replace(changed, pointer, wrong.getValue().get());
				addJson(pointer + " (" + kind + ") = " + wrong.getKey(), 400, changed.toString());
			}
		}
	}

	private static void fields(JsonNode node, String at, List<String> pointers) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				String pointer = at + "/" + field.getKey();
				pointers.add(pointer);
				if (kindOf(field.getValue()) != Kind.LOCALIZED) {
					fields(field.getValue(), pointer, pointers);
				}
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			pointers.add(at + "/0");
			fields(node.get(0), at + "/0", pointers);
		}
	}

	static Kind kindOf(JsonNode value) {
		if (value.isTextual()) {
			String text = value.asText();
			if (DATE.matcher(text).matches()) {
				return Kind.DATE;
			}
			if (ID.matcher(text).matches()) {
				return Kind.UUID;
			}
			if (text.matches("[A-Z]{2}")) {
				return Kind.COUNTRY;
			}
			if (text.matches("[A-Z_]{3,}")) {
				return Kind.ENUM;
			}
			if (text.startsWith("http")) {
				return Kind.URL;
			}
			if (text.matches("[0-9a-f]{64}")) {
				return Kind.SHA256;
			}
			return Kind.TEXT;
		}
		if (value.isIntegralNumber()) {
			return Kind.INTEGER;
		}
		if (value.isBoolean()) {
			return Kind.BOOLEAN;
		}
		if (value.isArray()) {
			return Kind.LIST;
		}
		if (value.isObject() && !value.isEmpty() && Set.of("kk", "ru", "en").containsAll(fieldNames(value))) {
			return Kind.LOCALIZED;
		}
		return Kind.OBJECT;
	}

	/** The wrong values for a field of this kind, none of which any endpoint accepts. */
	static Map<String, Supplier<JsonNode>> wrongValues(Kind kind, JsonNode valid) {
		Map<String, Supplier<JsonNode>> wrong = new LinkedHashMap<>();
		switch (kind) {
			case TEXT -> {
				wrong.put("a number", () -> NODES.numberNode(42));
				wrong.put("a boolean", () -> NODES.booleanNode(true));
				wrong.put("an object", NODES::objectNode);
				wrong.put("an array", () -> NODES.arrayNode().add("x"));
				wrong.put("4,001 characters", () -> NODES.textNode(TOO_LONG));
			}
			case DATE -> {
				wrong.put("day first", () -> NODES.textNode("14.11.2025"));
				wrong.put("30 February", () -> NODES.textNode("2025-02-30"));
				wrong.put("the earliest date Java knows", () -> NODES.textNode("-999999999-01-01"));
				wrong.put("the latest date Java knows", () -> NODES.textNode("+999999999-12-31"));
				wrong.put("the year 1899", () -> NODES.textNode("1899-12-31"));
				wrong.put("a number", () -> NODES.numberNode(20_000));
				wrong.put("SQL", () -> NODES.textNode(SQL_OR));
				wrong.put("an array", NODES::arrayNode);
			}
			case INTEGER -> {
				wrong.put("a numeral in a string", () -> NODES.textNode(valid.asText()));
				wrong.put("a word", () -> NODES.textNode("many"));
				wrong.put("a fraction", () -> NODES.numberNode(40.5));
				wrong.put("20 digits", () -> parse("99999999999999999999"));
				wrong.put("below the least int", () -> NODES.numberNode(-2_147_483_649L));
				wrong.put("a boolean", () -> NODES.booleanNode(true));
			}
			case BOOLEAN -> {
				wrong.put("a string", () -> NODES.textNode("true"));
				wrong.put("a number", () -> NODES.numberNode(1));
				wrong.put("a word", () -> NODES.textNode("perhaps"));
				wrong.put("an object", NODES::objectNode);
			}
			case ENUM -> {
				wrong.put("an unknown name", () -> NODES.textNode("NOT_A_VALUE"));
				wrong.put("a number", () -> NODES.numberNode(1));
				wrong.put("SQL", () -> NODES.textNode(SQL_DROP));
				wrong.put("4,001 characters", () -> NODES.textNode(TOO_LONG));
				wrong.put("an array", () -> NODES.arrayNode().add(valid.asText()));
			}
			case COUNTRY -> {
				wrong.put("an unknown code", () -> NODES.textNode("XX"));
				wrong.put("SQL", () -> NODES.textNode(SQL_OR));
				wrong.put("a path", () -> NODES.textNode(TRAVERSAL));
				wrong.put("a number", () -> NODES.numberNode(398));
				wrong.put("4,001 characters", () -> NODES.textNode(TOO_LONG));
			}
			case UUID -> {
				wrong.put("not a UUID", () -> NODES.textNode("not-a-uuid"));
				wrong.put("SQL", () -> NODES.textNode(SQL_DROP));
				wrong.put("a path", () -> NODES.textNode(TRAVERSAL));
				wrong.put("a non-hex digit", () -> NODES.textNode("00000000-0000-0000-0000-00000000000g"));
				wrong.put("a number", () -> NODES.numberNode(42));
			}
			case URL -> {
				wrong.put("javascript", () -> NODES.textNode("javascript:alert(1)"));
				wrong.put("a file", () -> NODES.textNode("file:///etc/passwd"));
				wrong.put("no host", () -> NODES.textNode("http://"));
				wrong.put("not an address", () -> NODES.textNode("not an address"));
				wrong.put("4,001 characters", () -> NODES.textNode("https://example.org/" + TOO_LONG));
				wrong.put("a number", () -> NODES.numberNode(42));
			}
			case SHA256 -> {
				wrong.put("too short", () -> NODES.textNode("abc"));
				wrong.put("not hexadecimal", () -> NODES.textNode("g".repeat(64)));
				wrong.put("one character too many", () -> NODES.textNode("0".repeat(65)));
				wrong.put("SQL", () -> NODES.textNode(SQL_OR));
				wrong.put("a number", () -> NODES.numberNode(42));
			}
			case LOCALIZED -> {
				wrong.put("a plain string", () -> NODES.textNode("plain text"));
				wrong.put("an array", NODES::arrayNode);
				wrong.put("no language", NODES::objectNode);
				wrong.put("an unknown language", () -> NODES.objectNode().put("fr", "texte"));
				wrong.put("a number as the text", () -> NODES.objectNode().put("en", 42));
				wrong.put("4,001 characters", () -> NODES.objectNode().put("en", TOO_LONG));
			}
			case LIST -> {
				wrong.put("an object", NODES::objectNode);
				wrong.put("a string", () -> NODES.textNode("x"));
				wrong.put("40 nested arrays", () -> parse("[".repeat(40) + "]".repeat(40)));
				if (!valid.isEmpty()) {
					wrong.put("200 entries", () -> {
						ArrayNode many = NODES.arrayNode();
						for (int i = 0; i < 200; i++) {
							many.add(valid.get(0).deepCopy());
						}
						return many;
					});
				}
			}
			case OBJECT -> {
				wrong.put("a string", () -> NODES.textNode("x"));
				wrong.put("an array", NODES::arrayNode);
				wrong.put("a number", () -> NODES.numberNode(42));
				wrong.put("only an unknown field", () -> NODES.objectNode().put("unknown", 1));
			}
		}
		return wrong;
	}

	private static void replace(JsonNode root, String pointer, JsonNode value) {
		int slash = pointer.lastIndexOf('/');
		JsonNode parent = root.at(pointer.substring(0, slash));
		String last = pointer.substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.set(last, value);
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), value);
		}
	}

	private static List<String> fieldNames(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static String withField(String body, String field) {
		String trimmed = body.strip();
		String inside = trimmed.substring(1, trimmed.length() - 1).strip();
		return "{" + field + (inside.isEmpty() ? "" : "," + inside) + "}";
	}

	private static String firstFieldOf(String body) {
		JsonNode node = parse(body);
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		if (!fields.hasNext()) {
			return null;
		}
		Map.Entry<String, JsonNode> first = fields.next();
		return "\"" + first.getKey() + "\":" + first.getValue();
	}

	/** The body with whitespace before its closing brace, to the given size. */
	private static byte[] padded(String body, int size) {
		String trimmed = body.strip();
		String padding = " ".repeat(Math.max(0, size - trimmed.length()));
		return (trimmed.substring(0, trimmed.length() - 1) + padding + "}").getBytes(StandardCharsets.UTF_8);
	}

	/** The body with a string field whose bytes are not UTF-8 (0xC3 0x28). */
	private static byte[] invalidUtf8(String body) {
		String[] around = withField(body, "\"bad\":\"\u0000\"").split("\u0000");
		byte[] before = around[0].getBytes(StandardCharsets.UTF_8);
		byte[] after = around[1].getBytes(StandardCharsets.UTF_8);
		byte[] result = Arrays.copyOf(before, before.length + 2 + after.length);
		result[before.length] = (byte) 0xC3;
		result[before.length + 1] = (byte) 0x28;
		System.arraycopy(after, 0, result, before.length + 2, after.length);
		return result;
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("not JSON: " + json, ex);
		}
	}

	private static String abbreviated(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...(" + text.length() + ")";
	}

}
