package org.cooperation.tracker.kernel.common;

/**
 * The small checks value types share, each failing with an {@link InvalidValueException}.
 */
public final class Checks {

	/** Longest free text the tracker stores in one field (notes, descriptions). */
	public static final int MAX_TEXT_LENGTH = 4000;

	/** Longest short text (titles, names, places). */
	public static final int MAX_LINE_LENGTH = 300;

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

}
