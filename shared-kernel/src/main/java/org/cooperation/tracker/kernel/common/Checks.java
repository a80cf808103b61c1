package org.cooperation.tracker.kernel.common;

import java.time.LocalDate;

/**
 * The small checks value types share, each failing with an {@link InvalidValueException}.
 */
public final class Checks {

	/** Longest free text the tracker stores in one field (notes, descriptions). */
	public static final int MAX_TEXT_LENGTH = 4000;

	/** Longest short text (titles, names, places). */
	public static final int MAX_LINE_LENGTH = 300;

	/**
	 * Earliest date a record may carry: the protocol is of 2025, and every date the
	 * tracker stores (meetings, signatures, status changes, steps) comes after it.
	 */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

	/**
	 * Latest date a record may carry: a four-digit year. Which dates in the future a
	 * record allows is a rule of that record (most allow none), refused with its own
	 * reason; this bound keeps out what no reader could store or print.
	 */
	public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

	/** Longest part of a refused value that a refusal quotes back. */
	static final int EXCERPT_LENGTH = 40;

	private Checks() {
	}

	public static <T> T required(T value, String field) {
		if (value == null) {
			throw InvalidValueException.ofField(field, field + " is required", Phrase.of("value.required", field));
		}
		return value;
	}

	/**
	 * Several required fields at once, given as name, value, name, value, ...: a message
	 * lists what it cannot do without in one line, and the first one missing is refused
	 * as {@link #required(Object, String)} refuses it.
	 */
	public static void requiredFields(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("requiredFields takes pairs of a field's name and its value");
		}
		for (int i = 0; i < namesAndValues.length; i += 2) {
			required(namesAndValues[i + 1], (String) namesAndValues[i]);
		}
	}

	/**
	 * One line of text (a name, a place, a reference), trimmed, at most
	 * {@link #MAX_LINE_LENGTH} long; null when it is null or blank.
	 */
	public static String optionalLine(String value, String field) {
		return optionalLine(value, field, MAX_LINE_LENGTH);
	}

	/** One line of text, trimmed, at most {@code maxLength} long; null when blank. */
	public static String optionalLine(String value, String field, int maxLength) {
		return trimmed(value, field, maxLength, PrintableText.Kind.LINE);
	}

	/** One line of text that must be given: see {@link #optionalLine(String, String)}. */
	public static String requiredLine(String value, String field) {
		return present(optionalLine(value, field), field);
	}

	/**
	 * Free text (a note, a description, a reason) of several lines, trimmed, at most
	 * {@link #MAX_TEXT_LENGTH} long; null when it is null or blank.
	 */
	public static String optionalText(String value, String field) {
		return trimmed(value, field, MAX_TEXT_LENGTH, PrintableText.Kind.FREE_TEXT);
	}

	/** Free text that must be given: see {@link #optionalText(String, String)}. */
	public static String requiredText(String value, String field) {
		return present(optionalText(value, field), field);
	}

	/**
	 * A title in up to three languages, each one line of at most {@link #MAX_LINE_LENGTH}
	 * characters (a {@link LocalizedText} alone is free text of up to
	 * {@link #MAX_TEXT_LENGTH}, as for descriptions). A refusal names the language as
	 * {@code title.en}.
	 */
	public static LocalizedText title(LocalizedText title, String field) {
		if (title == null) {
			return null;
		}
		if (!title.fitsWithin(MAX_LINE_LENGTH)) {
			throw tooLong(field, MAX_LINE_LENGTH);
		}
		PrintableText.check(title.kk(), field + ".kk", PrintableText.Kind.LINE);
		PrintableText.check(title.ru(), field + ".ru", PrintableText.Kind.LINE);
		PrintableText.check(title.en(), field + ".en", PrintableText.Kind.LINE);
		return title;
	}

	private static String trimmed(String value, String field, int maxLength, PrintableText.Kind kind) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw tooLong(field, maxLength);
		}
		return PrintableText.check(trimmed, field, kind);
	}

	private static InvalidValueException tooLong(String field, int maxLength) {
		return InvalidValueException.ofField(field, field + " is longer than " + maxLength + " characters",
				Phrase.of("value.tooLong", field, maxLength));
	}

	private static String present(String text, String field) {
		if (text == null) {
			throw InvalidValueException.ofField(field, field + " is required and may not be blank",
					Phrase.of("value.required.notBlank", field));
		}
		return text;
	}

	/** The date, when it lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
	public static LocalDate plausibleDate(LocalDate date, String field) {
		if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
			throw InvalidValueException.ofField(field,
					field + " lies between " + EARLIEST_DATE + " and " + LATEST_DATE + ", not " + date,
					Phrase.of("value.date.implausible", field, EARLIEST_DATE, LATEST_DATE, date));
		}
		return date;
	}

	/**
	 * A refused value as a refusal quotes it: in quotes, stripped, cut short, and with
	 * every character {@link PrintableText} refuses written as {@code <U+XXXX>}, so that
	 * an answer never echoes a huge or hostile input in full.
	 */
	public static String excerpt(String value) {
		if (value == null) {
			return "null";
		}
		String stripped = value.strip();
		if (stripped.codePointCount(0, stripped.length()) <= EXCERPT_LENGTH) {
			return "'" + PrintableText.escaped(stripped) + "'";
		}
		String start = stripped.substring(0, stripped.offsetByCodePoints(0, EXCERPT_LENGTH));
		return "'" + PrintableText.escaped(start) + "...' (" + stripped.length() + " characters)";
	}

}
