package org.cooperation.tracker.query.language;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.query.web.DashboardPage;

/** The language switch in every page's header: this page in each language. */
@ControllerAdvice(annotations = DashboardPage.class)
class LanguageLinks {

	/**
	 * One language of the switch.
	 *
	 * @param code what {@code lang} and the html element's lang attribute say
	 * @param name the language's own name for itself, as a reader of it looks for it
	 * @param href this page with {@code lang} set, other parameters kept
	 * @param current whether the page is shown in it
	 */
	public record LanguageLink(String code, String name, String href, boolean current) {
	}

	@ModelAttribute("languages")
	List<LanguageLink> languages(HttpServletRequest request) {
		Locale current = LocaleContextHolder.getLocale();
		return Languages.SUPPORTED.stream()
			.map((language) -> new LanguageLink(language.getLanguage(), ownName(language),
					UriComponentsBuilder.newInstance()
						.path(request.getRequestURI())
						.query(request.getQueryString())
						.replaceQueryParam(LanguageSwitch.PARAMETER, language.getLanguage())
						.build(true)
						.toUriString(),
					language.getLanguage().equals(current.getLanguage())))
			.toList();
	}

	private static String ownName(Locale language) {
		return switch (language.getLanguage()) {
			case "kk" -> "Қазақша";
			case "ru" -> "Русский";
			default -> "English";
		};
	}

}
