package org.cooperation.tracker.command.web;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Says what in a request body was wrong and where, in the caller's terms: the field's
 * path, the value given (cut short), what was expected. Never the parser's own message,
 * which names Java types and quotes input at length.
 */
final class UnreadableBody {

	/**
	 * What the parser says it was given when a value had the wrong type ("Cannot coerce
	 * String value ("many") to ...", "... from Object value ..."): the kind of JSON
	 * value, and the text when it was a string.
	 */
	private static final Pattern GIVEN = Pattern
		.compile("(?:coerce|from) (String|Integer|Floating-point|Boolean|Object|Array) value(?: \\(\"(.*?)\"\\))?");

	private static final Map<String, String> KINDS = Map.of("String", "text", "Integer", "wholeNumber",
			"Floating-point", "fraction", "Boolean", "boolean", "Object", "object", "Array", "list");

	private UnreadableBody() {
	}

	/**
	 * What was wrong, as the bundles word it ({@code command.body.*}); a value type's
	 * refusal without words of its own stays in English.
	 */
	static Phrase describe(HttpMessageNotReadableException ex) {
		InvalidValueException invalid = findCause(ex, InvalidValueException.class);
		JsonMappingException mapping = findCause(ex, JsonMappingException.class);
		String where = (mapping != null && !mapping.getPath().isEmpty()) ? path(mapping) : "";
		if (invalid != null) {
			return located(Phrase.wording(invalid), where(mapping, invalid.part()));
		}
		if (mapping instanceof UnrecognizedPropertyException unknown) {
			return located(Phrase.of("command.body.unknownField", Checks.excerpt(unknown.getPropertyName())), where);
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
				&& format.getTargetType().isEnum()) {
			String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return located(Phrase.of("command.body.notOneOf", excerpt(format.getValue()), allowed), where);
		}
		if (mapping instanceof InvalidFormatException format && format.getTargetType() != null) {
			return located(Phrase.of("command.body.notValid", excerpt(format.getValue()),
					format.getTargetType().getSimpleName()), where);
		}
		if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return located(mismatched(mismatch), where);
		}
		JsonProcessingException malformed = findCause(ex, JsonProcessingException.class);
		if (malformed != null && String.valueOf(malformed.getOriginalMessage()).startsWith("Duplicate field")) {
			return at(Phrase.of("command.body.duplicateField"), malformed.getLocation());
		}
		if (malformed != null) {
			return at(Phrase.of("command.body.malformed"), malformed.getLocation());
		}
		return Phrase.of("command.body.required");
	}

	/** The phrase said of a field's path, when there is one. */
	private static Phrase located(Phrase what, String path) {
		return path.isEmpty() ? what : Phrase.of("command.body.at", what, path);
	}

	/**
	 * A value of the wrong type: "'many' is not a valid Integer", "expected String, not
	 * an object".
	 */
	private static Phrase mismatched(MismatchedInputException mismatch) {
		String expected = mismatch.getTargetType().getSimpleName();
		Matcher given = GIVEN.matcher(String.valueOf(mismatch.getOriginalMessage()));
		if (given.find() && given.group(2) != null) {
			return Phrase.of("command.body.notValid", Checks.excerpt(given.group(2)), expected);
		}
		if (given.find(0)) {
			return Phrase.of("command.body.expectedNot", expected,
					Phrase.of("command.body.kind." + KINDS.get(given.group(1))));
		}
		return Phrase.of("command.body.expected", expected);
	}

	private static String excerpt(Object value) {
		return Checks.excerpt(String.valueOf(value));
	}

	/** Where the parser stopped, so the sender can find the mistake. */
	private static Phrase at(Phrase what, JsonLocation location) {
		if (location == null || location.getLineNr() < 1) {
			return what;
		}
		return Phrase.of("command.body.line", what, location.getLineNr(), location.getColumnNr());
	}

	/**
	 * Where a value type's refusal lies: the field that held the value, and the part of
	 * the value it names ({@code title.en}).
	 */
	private static String where(JsonMappingException mapping, String part) {
		String path = (mapping != null) ? path(mapping) : "";
		if (part != null) {
			path = path.isEmpty() ? part : path + "." + part;
		}
		return path;
	}

	private static String path(JsonMappingException mapping) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : mapping.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/**
	 * Where in the body the mistake is, as a JSON pointer ({@code /title/en},
	 * {@code /evidence/0}); null when the parser stopped outside any field.
	 */
	static String pointer(HttpMessageNotReadableException ex) {
		JsonMappingException mapping = findCause(ex, JsonMappingException.class);
		InvalidValueException invalid = findCause(ex, InvalidValueException.class);
		String path = (mapping != null && !mapping.getPath().isEmpty())
				? where(mapping, (invalid != null) ? invalid.part() : null) : "";
		return FieldPointer.of(path);
	}

	static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
