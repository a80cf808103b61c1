package org.cooperation.tracker.query.initiative;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A country's codes and names.
 *
 * @param code ISO 3166-1 alpha-2
 * @param alpha3 ISO 3166-1 alpha-3
 * @param numeric ISO 3166-1 numeric, with leading zeros
 * @param names its name in Kazakh, Russian and English
 */
public record CountryView(String code, String alpha3, String numeric, LocalizedText names) {

	public static CountryView of(Country country) {
		return new CountryView(country.alpha2(), country.alpha3(), country.numeric(),
				new LocalizedText(country.nameKk(), country.nameRu(), country.nameEn()));
	}

}
