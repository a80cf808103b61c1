package org.cooperation.tracker.query.language;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import org.cooperation.tracker.access.language.Languages;

/**
 * The reader's language: the one they chose (a cookie, kept for a year), else the first
 * of their browser's Accept-Language that the tracker speaks, else Kazakh. A cookie
 * naming a language the tracker does not speak is ignored, never shown as missing texts.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLanguage {

	static final String COOKIE = "lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver chosen = new CookieLocaleResolver(COOKIE) {

			// The dispatcher asks for the context, a view for the locale: both are
			// checked.
			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				LocaleContext chosen = super.resolveLocaleContext(request);
				return () -> spoken(chosen.getLocale(), request);
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return spoken(super.resolveLocale(request), request);
			}

		};
		chosen.setDefaultLocaleFunction(Languages::accepted);
		chosen.setCookieMaxAge(Duration.ofDays(365));
		chosen.setCookieSameSite("Lax");
		chosen.setCookieHttpOnly(true);
		return chosen;
	}

	private static Locale spoken(Locale chosen, HttpServletRequest request) {
		return (chosen != null) ? Languages.named(chosen.toLanguageTag()).orElseGet(() -> Languages.accepted(request))
				: Languages.accepted(request);
	}

}
