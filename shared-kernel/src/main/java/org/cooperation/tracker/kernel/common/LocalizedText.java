package org.cooperation.tracker.kernel.common;

/**
 * A text in Kazakh, Russian and English. The source material is in one language, so any
 * of the three may be missing, but not all of them.
 *
 * @param kk the Kazakh text, or null
 * @param ru the Russian text, or null
 * @param en the English text, or null
 */
public record LocalizedText(String kk, String ru, String en) {

	public LocalizedText {
		kk = language(kk, "kk", "Kazakh text");
		ru = language(ru, "ru", "Russian text");
		en = language(en, "en", "English text");
		if (kk == null && ru == null && en == null) {
			throw new InvalidValueException("a text needs at least one of kk, ru or en");
		}
	}

	/** One language's text: free text, checked as every note is. */
	private static String language(String text, String key, String name) {
		try {
			return Checks.optionalText(text, name);
		}
		catch (InvalidValueException ex) {
			throw ex.within(key);
		}
	}

	public static LocalizedText english(String en) {
		return new LocalizedText(null, null, en);
	}

	/** The text for a reader of English: English first, then Russian, then Kazakh. */
	public String preferEnglish() {
		return en != null ? en : ru != null ? ru : kk;
	}

	/** True when each language given here is at most {@code maxLength} long. */
	public boolean fitsWithin(int maxLength) {
		return (kk == null || kk.length() <= maxLength) && (ru == null || ru.length() <= maxLength)
				&& (en == null || en.length() <= maxLength);
	}

}
