package org.cooperation.tracker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.fail;

/**
 * The OpenAPI document an application serves, as the contract ministries' systems build
 * on: written out to {@code target/openapi/<name>.json} (for the linter in
 * {@code .ci/run} and for the generated client), then compared with the committed copy
 * {@code src/test/resources/openapi/<name>.json}. An unintended change of the API fails
 * the build; an intended one is made by updating the copy, so it shows as a diff in
 * review. Keys are sorted, so the file changes only when the document does.
 */
public final class ServedDocument {

	/**
	 * Set to true ({@code -Dopenapi.update=true}) to write the served document over the
	 * copy.
	 */
	public static final String UPDATE = "openapi.update";

	private static final ObjectMapper JSON = new ObjectMapper();

	private ServedDocument() {
	}

	/** Writes the document out and fails unless it is the committed copy. */
	public static void writeAndCompare(String name, String served) {
		String text = canonical(served);
		Path written = Path.of("target", "openapi", name + ".json");
		Path committed = Path.of("src", "test", "resources", "openapi", name + ".json");
		try {
			Files.createDirectories(written.getParent());
			Files.writeString(written, text, StandardCharsets.UTF_8);
			if (Boolean.getBoolean(UPDATE)) {
				Files.createDirectories(committed.getParent());
				Files.writeString(committed, text, StandardCharsets.UTF_8);
				return;
			}
			if (!Files.exists(committed)) {
				fail("There is no committed copy of the %s API's OpenAPI document (%s). If this API is new, create "
						+ "it: cp %s %s (or run the test with -D%s=true) and commit it.", name, committed, written,
						committed, UPDATE);
			}
			String expected = Files.readString(committed, StandardCharsets.UTF_8);
			if (!expected.equals(text)) {
				fail("The OpenAPI document the %s application serves differs from the committed copy, so the API "
						+ "its clients build on has changed.%n%s%nSee all of it: diff -u %s %s (module %s).%n"
						+ "If the change is intended (and keeps the compatibility promise of the README's \"The API "
						+ "as a contract\"), update the copy: cp %s %s, or run the test with -D%s=true, and commit "
						+ "the copy with the change, so that reviewers see the diff.", name,
						firstDifference(expected, text), committed, written, name, written, committed, UPDATE);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The document with its keys sorted, indented by two spaces, ending in a line feed.
	 */
	static String canonical(String served) {
		try {
			DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
				.withObjectIndenter(new DefaultIndenter("  ", "\n"))
				.withArrayIndenter(new DefaultIndenter("  ", "\n"));
			return JSON.writer(printer).writeValueAsString(sorted(JSON.readTree(served))) + "\n";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode sorted(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>();
			object.fieldNames().forEachRemaining(names::add);
			names.sort(null);
			ObjectNode copy = JSON.createObjectNode();
			for (String name : names) {
				copy.set(name, sorted(object.get(name)));
			}
			return copy;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = JSON.createArrayNode();
			for (Iterator<JsonNode> each = array.elements(); each.hasNext();) {
				copy.add(sorted(each.next()));
			}
			return copy;
		}
		return node;
	}

	private static String firstDifference(String expected, String served) {
		String[] before = expected.split("\n", -1);
		String[] now = served.split("\n", -1);
		int line = 0;
		while (line < before.length && line < now.length && before[line].equals(now[line])) {
			line++;
		}
		StringBuilder hint = new StringBuilder("First difference at line " + (line + 1) + ":");
		for (int each = Math.max(0, line - 3); each < line; each++) {
			hint.append("\n    ").append(before[each]);
		}
		hint.append("\n  - ").append((line < before.length) ? before[line] : "<end of the committed copy>");
		hint.append("\n  + ").append((line < now.length) ? now[line] : "<end of the served document>");
		return hint.toString();
	}

}
