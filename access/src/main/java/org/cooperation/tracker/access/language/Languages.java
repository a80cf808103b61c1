package org.cooperation.tracker.access.language;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The languages the tracker speaks: Kazakh (the default, the language of the source),
 * Russian (the region's common language) and English.
 */
public final class Languages {

	public static final Locale KAZAKH = Locale.forLanguageTag("kk");

	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	public static final Locale ENGLISH = Locale.ENGLISH;

	/** In the order a language switch offers them. */
	public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

	public static final Locale DEFAULT = KAZAKH;

	private Languages() {
	}

	/** The supported language with this code ("kk", "ru-RU", "EN"), if it is one. */
	public static Optional<Locale> named(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((supported) -> supported.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The first supported language of the request's Accept-Language, in the caller's
	 * order of preference, or Kazakh when it names none (or is absent).
	 */
	public static Locale accepted(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return DEFAULT;
		}
		// The container has already parsed the header and sorted it by quality.
		Enumeration<Locale> preferred = request.getLocales();
		while (preferred.hasMoreElements()) {
			Optional<Locale> supported = named(preferred.nextElement().toLanguageTag());
			if (supported.isPresent()) {
				return supported.get();
			}
		}
		return DEFAULT;
	}

}
