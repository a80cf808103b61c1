package org.cooperation.tracker.query.web;

import java.util.Arrays;
import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One choice of a page's filter drop-down (the {@code select} fragment), built by the
 * page controller so that every filter renders the same way whatever it chooses among.
 *
 * @param value what is sent
 * @param label what is shown
 */
public record Choice(String value, String label) {

	/** Every country, sent by its code and shown by its English name. */
	public static List<Choice> countries() {
		return Arrays.stream(Country.values()).map((country) -> new Choice(country.name(), country.nameEn())).toList();
	}

	/**
	 * Every constant, sent by name and shown in words: FILM_FESTIVAL is "Film festival".
	 */
	public static List<Choice> inWords(Enum<?>[] constants) {
		return Arrays.stream(constants)
			.map((constant) -> new Choice(constant.name(), Display.words(constant.name())))
			.toList();
	}

}
