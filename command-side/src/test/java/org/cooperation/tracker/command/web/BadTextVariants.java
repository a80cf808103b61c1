package org.cooperation.tracker.command.web;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;

import org.cooperation.tracker.command.web.MalformedVariants.Kind;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * Text that the database cannot store or that deceives a reader, put in turn into each
 * text field of a valid request: control characters, bidirectional controls and halves of
 * surrogate pairs, each as a JSON {@code \\u} escape and, where JSON allows it, as raw
 * UTF-8 bytes; and a tab and a line break in each field that holds one line. Every one
 * must be refused with a 400 whose detail names the field and the character as U+XXXX.
 */
final class BadTextVariants {

	/**
	 * Fields of free text, which may hold tabs and line breaks; every other is a line.
	 */
	static final Set<String> FREE_TEXT = Set.of("note", "reason", "decisions", "description");

	/**
	 * A character as it goes on the wire in a JSON string: escaped, or as raw bytes. Raw
	 * bytes of half a surrogate pair are not UTF-8, so the body is refused as a whole
	 * with the line and column of the bytes, before any field is read.
	 */
	record Character(String label, int codePoint, String escaped, byte[] raw, boolean linesOnly) {

		static Character escaped(String label, int codePoint, boolean linesOnly) {
			return new Character(label + " as \\u" + hex(codePoint), codePoint, "\\u" + hex(codePoint), null,
					linesOnly);
		}

		static Character raw(String label, int codePoint, int... bytes) {
			byte[] raw = new byte[bytes.length];
			for (int i = 0; i < bytes.length; i++) {
				raw[i] = (byte) bytes[i];
			}
			return new Character(label + " as raw UTF-8", codePoint, null, raw, false);
		}

		/** Whether these bytes are UTF-8, so that a field can hold them. */
		boolean readable() {
			return raw == null || !java.lang.Character.isSurrogate((char) codePoint);
		}

		/** How a refusal must name it. */
		String named() {
			return "U+" + hex(codePoint);
		}

		private static String hex(int codePoint) {
			return String.format("%04X", codePoint).toUpperCase(Locale.ROOT);
		}

	}

	static final List<Character> CHARACTERS = List.of(Character.escaped("NUL", 0x0000, false),
			Character.escaped("escape (C0)", 0x001B, false), Character.escaped("NEL (C1)", 0x0085, false),
			Character.raw("NEL (C1)", 0x0085, 0xC2, 0x85), Character.escaped("right-to-left override", 0x202E, false),
			Character.raw("right-to-left override", 0x202E, 0xE2, 0x80, 0xAE),
			Character.escaped("left-to-right isolate", 0x2066, false),
			Character.raw("left-to-right isolate", 0x2066, 0xE2, 0x81, 0xA6),
			Character.escaped("unpaired high surrogate", 0xD800, false),
			Character.escaped("unpaired low surrogate", 0xDC00, false),
			Character.raw("unpaired high surrogate", 0xD800, 0xED, 0xA0, 0x80),
			Character.escaped("line feed", 0x000A, true), Character.escaped("tab", 0x0009, true));

	/** A text field of a request body, by its JSON pointer. */
	record Field(String pointer, Kind kind, boolean freeText) {

		/**
		 * What a refusal must contain to name the field: {@code title.en} for a language
		 * of a text, "link" for an address (EvidenceLink says "evidence link"), the
		 * field's name otherwise; compared without case, spaces or brackets.
		 */
		String named() {
			String[] parts = pointer.substring(1).split("/");
			String leaf = parts[parts.length - 1];
			if (kind == Kind.LOCALIZED) {
				return parts[parts.length - 2] + "." + leaf;
			}
			if (kind == Kind.URL) {
				return "link";
			}
			return leaf;
		}

		/**
		 * Whether a refusal must name it: texts and addresses; codes are refused as
		 * codes.
		 */
		boolean mustBeNamed() {
			return kind == Kind.TEXT || kind == Kind.LOCALIZED || kind == Kind.URL;
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String MARKER = "BAD-TEXT-GOES-HERE";

	private BadTextVariants() {
	}

	/** Every string-valued field of a body, each language of a text on its own. */
	static List<Field> fieldsOf(String body) {
		List<Field> fields = new ArrayList<>();
		collect(parse(body), "", fields, false);
		return fields;
	}

	private static void collect(JsonNode node, String at, List<Field> fields, boolean freeText) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				String pointer = at + "/" + field.getKey();
				boolean free = FREE_TEXT.contains(field.getKey());
				if (MalformedVariants.kindOf(field.getValue()) == Kind.LOCALIZED) {
					for (String language : List.of("kk", "ru", "en")) {
						fields.add(new Field(pointer + "/" + language, Kind.LOCALIZED, free));
					}
				}
				else {
					collect(field.getValue(), pointer, fields, free);
				}
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			collect(node.get(0), at + "/0", fields, freeText);
		}
		else if (node.isTextual()) {
			fields.add(new Field(at, MalformedVariants.kindOf(node), freeText));
		}
	}

	/** The body with the character in the field's text, as the bytes sent. */
	static byte[] withCharacter(String body, Field field, Character character) {
		JsonNode changed = parse(body).deepCopy();
		String valid = changed.at(field.pointer()).asText("");
		// After the valid text, so the field stays long enough (a password) and an
		// address stays an address; a line break first would be stripped.
		String before = valid.isEmpty() ? "a" : valid;
		int slash = field.pointer().lastIndexOf('/');
		JsonNode parent = changed.at(field.pointer().substring(0, slash));
		String last = field.pointer().substring(slash + 1);
		if (parent instanceof ObjectNode object) {
			object.put(last, before + MARKER + "b");
		}
		else if (parent instanceof ArrayNode array) {
			array.set(Integer.parseInt(last), JSON.getNodeFactory().textNode(before + MARKER + "b"));
		}
		String[] around = changed.toString().split(MARKER, -1);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes(
				(character.raw() != null) ? character.raw() : character.escaped().getBytes(StandardCharsets.US_ASCII));
		bytes.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/**
	 * The JSON pointers of the text fields (strings and multilingual texts, at any depth)
	 * of the request body a handler reads; empty when it reads none.
	 */
	static Set<String> textFieldsOf(Method handler) {
		Set<String> pointers = new TreeSet<>();
		for (int i = 0; i < handler.getParameterCount(); i++) {
			if (AnnotatedElementUtils.hasAnnotation(handler.getParameters()[i], RequestBody.class)) {
				collect(handler.getGenericParameterTypes()[i], "", pointers);
			}
		}
		return pointers;
	}

	private static void collect(Type type, String at, Set<String> pointers) {
		Class<?> raw = raw(type);
		if (raw == String.class || raw == LocalizedText.class) {
			pointers.add(at);
		}
		else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
			collect(list.getActualTypeArguments()[0], at + "/0", pointers);
		}
		else if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				collect(component.getGenericType(), at + "/" + component.getName(), pointers);
			}
		}
	}

	/** The pointers of the text fields a body holds, multilingual texts as a whole. */
	static Set<String> textFieldsIn(String body) {
		Set<String> pointers = new TreeSet<>();
		for (Field field : fieldsOf(body)) {
			String pointer = field.pointer();
			pointers.add((field.kind() == Kind.LOCALIZED) ? pointer.substring(0, pointer.lastIndexOf('/')) : pointer);
		}
		return pointers;
	}

	private static Class<?> raw(Type type) {
		if (type instanceof Class<?> plain) {
			return plain;
		}
		if (type instanceof ParameterizedType parameterized) {
			return raw(parameterized.getRawType());
		}
		return Object.class;
	}

	/** Text as a refusal is compared with a field's name: no case, spaces or brackets. */
	static String comparable(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]", "");
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("not JSON: " + json, ex);
		}
	}

}
