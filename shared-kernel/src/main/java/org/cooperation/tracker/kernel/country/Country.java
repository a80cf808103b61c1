package org.cooperation.tracker.kernel.country;

import java.util.Locale;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * A country the tracker knows, by its ISO 3166-1 alpha-2 code. Its role belongs to a
 * meeting (see {@link PartyRole}), never to the country itself.
 */
public enum Country {

	KZ("KAZ", 398, "Қазақстан", "Казахстан", "Kazakhstan"), UZ("UZB", 860, "Өзбекстан", "Узбекистан", "Uzbekistan"),
	KG("KGZ", 417, "Қырғызстан", "Кыргызстан", "Kyrgyzstan"), TJ("TJK", 762, "Тәжікстан", "Таджикистан", "Tajikistan"),
	TM("TKM", 795, "Түрікменстан", "Туркменистан", "Turkmenistan"),
	AZ("AZE", 31, "Әзірбайжан", "Азербайджан", "Azerbaijan");

	/**
	 * How many countries there are: the most a list of distinct countries holds, and the
	 * OpenAPI document's maxItems for such a list. A constant, so that annotations can
	 * name it (RequestPatternsTest holds it to the countries above).
	 */
	public static final int COUNT = 6;

	/**
	 * What a request may name a country by: its alpha-2 code in any letter case, white
	 * space around it stripped, as {@link #fromCode(String)} reads it; the OpenAPI
	 * document's pattern too.
	 */
	public static final String CODE_PATTERN = "^\\s*(?:[Kk][Zz]|[Uu][Zz]|[Kk][Gg]|[Tt][Jj]|[Tt][Mm]|[Aa][Zz])\\s*$";

	/** The codes {@link #CODE_PATTERN} admits, in the OpenAPI document's words. */
	public static final String CODE_DESCRIPTION = "KZ, UZ, KG, TJ, TM or AZ, any letter case";

	private final String alpha3;

	private final int numeric;

	private final String nameKk;

	private final String nameRu;

	private final String nameEn;

	Country(String alpha3, int numeric, String nameKk, String nameRu, String nameEn) {
		this.alpha3 = alpha3;
		this.numeric = numeric;
		this.nameKk = nameKk;
		this.nameRu = nameRu;
		this.nameEn = nameEn;
	}

	/** The country for an alpha-2 code in any letter case, e.g. "kz". */
	public static Country fromCode(String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidValueException("a country code is required");
		}
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		for (Country country : values()) {
			if (country.name().equals(normalised)) {
				return country;
			}
		}
		throw new InvalidValueException("unknown country " + Checks.excerpt(code)
				+ ": use an ISO 3166-1 alpha-2 code, one of KZ, UZ, KG, TJ, TM, AZ");
	}

	public String alpha2() {
		return name();
	}

	public String alpha3() {
		return alpha3;
	}

	/** ISO numeric code as written in the standard, with leading zeros ("031"). */
	public String numeric() {
		return String.format("%03d", numeric);
	}

	public String nameKk() {
		return nameKk;
	}

	public String nameRu() {
		return nameRu;
	}

	public String nameEn() {
		return nameEn;
	}

}
