package org.cooperation.tracker.query.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * Values as a query string gives them to the filters of every kind: constants in any
 * letter case, blank for "no filter", and one wording for a value that is not known.
 */
public final class QueryValues {

	private QueryValues() {
	}

	public static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The constant named, or null when blank. */
	public static <E extends Enum<E>> E named(Class<E> type, String what, String value) {
		return named(type, what, value, "");
	}

	/**
	 * The constant named, or null when blank.
	 * @param alsoKnown what else the caller accepts, as the refusal lists it (" or ALL")
	 */
	public static <E extends Enum<E>> E named(Class<E> type, String what, String value, String alsoKnown) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw new InvalidValueException(
					"unknown " + what + " " + Checks.excerpt(value) + ": use one of " + known + alsoKnown);
		}
	}

}
