package org.cooperation.tracker.query.programme.marketplace;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;

/**
 * Which listings to show; null in a field matches every value.
 *
 * @param country only this country's creators, or null
 * @param craft only this craft, or null
 * @param state only listings in this state, or null
 */
public record ListingFilter(Country country, Craft craft, ListingState state) {

	public static final ListingFilter ALL = new ListingFilter(null, null, null);

	/**
	 * The filter as written in a query string: codes and names in any letter case, blank
	 * for all.
	 */
	public static ListingFilter parse(String country, String craft, String state) {
		return new ListingFilter(blank(country) ? null : Country.fromCode(country), named(Craft.class, "craft", craft),
				named(ListingState.class, "state", state));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static <E extends Enum<E>> E named(Class<E> type, String what, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			throw new InvalidValueException("unknown " + what + " " + Checks.excerpt(value) + ": use one of " + known);
		}
	}

}
