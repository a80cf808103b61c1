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
			throw new InvalidValueException(field + " is required");
		}
		return value;
	}

	/** Returns the trimmed text, or null when it is null or blank. */
	public static String optionalText(String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		if (trimmed.length() > maxLength) {
			throw new InvalidValueException(field + " is longer than " + maxLength + " characters");
		}
		return trimmed;
	}

	public static String requiredText(String value, String field, int maxLength) {
		String text = optionalText(value, field, maxLength);
		if (text == null) {
			throw new InvalidValueException(field + " is required and may not be blank");
		}
		return text;
	}

	/**
	 * A title in up to three languages, each at most {@link #MAX_LINE_LENGTH} long (a
	 * {@link LocalizedText} alone allows {@link #MAX_TEXT_LENGTH}, as for descriptions).
	 */
	public static LocalizedText title(LocalizedText title, String field) {
		if (title != null && !title.fitsWithin(MAX_LINE_LENGTH)) {
			throw new InvalidValueException(field + " is longer than " + MAX_LINE_LENGTH + " characters");
		}
		return title;
	}

	/** The date, when it lies between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
	public static LocalDate plausibleDate(LocalDate date, String field) {
		if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
			throw new InvalidValueException(
					field + " lies between " + EARLIEST_DATE + " and " + LATEST_DATE + ", not " + date);
		}
		return date;
	}

	/**
	 * A refused value as a refusal quotes it: in quotes, stripped, and cut short, so that
	 * an answer never echoes a huge or hostile input in full.
	 */
	public static String excerpt(String value) {
		if (value == null) {
			return "null";
		}
		String stripped = value.strip();
		if (stripped.length() <= EXCERPT_LENGTH) {
			return "'" + stripped + "'";
		}
		return "'" + stripped.substring(0, EXCERPT_LENGTH) + "...' (" + stripped.length() + " characters)";
	}

}
