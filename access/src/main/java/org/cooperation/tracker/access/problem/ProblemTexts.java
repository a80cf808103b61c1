package org.cooperation.tracker.access.problem;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.language.TrackerMessages;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The words of every problem answer, in the caller's language, from the {@code problems}
 * bundles: a title by its key, a detail by its {@link Phrase}. A refusal that carries no
 * phrase keeps its English message as the detail, and the problem says so with
 * {@value #DETAIL_LANGUAGE} {@code "en"}, unless the answer is in English anyway.
 * <p>
 * Every text is read as a MessageFormat pattern, with arguments or without (so the one
 * quoting rule holds throughout the bundles: the English texts keep the apostrophes the
 * API has always answered with, written ''). Arguments are turned into text first, in the
 * answer's language: a country by its name, a multilingual text in that language (else in
 * English), a phrase by its own words, and numbers and dates as the English message
 * writes them, not as a locale would group them.
 */
@Component
@RequiredArgsConstructor
public class ProblemTexts {

	/** The problem's property that names the language of a detail left in English. */
	public static final String DETAIL_LANGUAGE = "detailLanguage";

	private final MessageSource messages;

	/** Texts read straight from the bundles, for code and tests outside a context. */
	public static ProblemTexts standalone() {
		return new ProblemTexts(TrackerMessages.load());
	}

	/**
	 * The language of the answer being made by Spring MVC: the one the application's
	 * locale resolver chose for the request, held to the tracker's three.
	 */
	public static Locale current() {
		return supported(LocaleContextHolder.getLocale());
	}

	/** The tracker's language for this locale, Kazakh when it speaks none of it. */
	public static Locale supported(Locale locale) {
		return (locale == null) ? Languages.DEFAULT : Languages.named(locale.toLanguageTag()).orElse(Languages.DEFAULT);
	}

	/** The text of a key with its arguments, in that language. */
	public String text(String key, Locale language, Object... arguments) {
		return text(Phrase.of(key, arguments), language);
	}

	public String text(Phrase phrase, Locale language) {
		Locale locale = supported(language);
		Object[] arguments = phrase.arguments().stream().map((argument) -> worded(argument, locale)).toArray();
		// At least one argument, so that the text is always read as a pattern.
		return messages.getMessage(phrase.key(), (arguments.length == 0) ? new Object[] { "" } : arguments, locale);
	}

	/**
	 * A text of the access module's own bundle, read directly, for the few answers given
	 * where no application context reaches (the container's, the CORS refusal).
	 */
	public static String withoutContext(String key, Locale language) {
		ResourceBundle words = ResourceBundle.getBundle("i18n/problems", supported(language),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(words.getString(key), supported(language)).format(new Object[] { "" });
	}

	/** A problem with its title and detail in that language. */
	public ProblemDetail problem(HttpStatusCode status, String titleKey, Phrase detail, Locale language) {
		return problem(status, Phrase.of(titleKey), detail, language);
	}

	/** A problem with its title and detail in that language. */
	public ProblemDetail problem(HttpStatusCode status, Phrase title, Phrase detail, Locale language) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detail, language));
		problem.setTitle(text(title, language));
		if (detail.hasEnglishOnly()) {
			markEnglish(problem, language);
		}
		return problem;
	}

	/**
	 * A problem for a refusal: its detail worded by its phrase when it carries one, else
	 * its English message, marked as English when the answer is in another language.
	 */
	public ProblemDetail problem(HttpStatusCode status, String titleKey, RuntimeException refusal, Locale language) {
		return problem(status, titleKey, Phrase.wording(refusal), language);
	}

	/**
	 * Says that the problem's detail is in English (all of it, or a part that has only
	 * English words), when the answer is not.
	 */
	public static void markEnglish(ProblemDetail problem, Locale language) {
		if (!Languages.ENGLISH.equals(supported(language))) {
			problem.setProperty(DETAIL_LANGUAGE, Languages.ENGLISH.getLanguage());
		}
	}

	private Object worded(Object argument, Locale language) {
		if (argument instanceof Phrase phrase) {
			return text(phrase, language);
		}
		if (argument instanceof Country country) {
			return switch (language.getLanguage()) {
				case "kk" -> country.nameKk();
				case "ru" -> country.nameRu();
				default -> country.nameEn();
			};
		}
		if (argument instanceof LocalizedText text) {
			String own = switch (language.getLanguage()) {
				case "kk" -> text.kk();
				case "ru" -> text.ru();
				default -> null;
			};
			return (own != null) ? own : text.preferEnglish();
		}
		if (argument instanceof Collection<?> values) {
			// As the English message lists them: codes, not names.
			return values.toString();
		}
		return String.valueOf(argument);
	}

}
