package org.cooperation.tracker.query.language;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

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

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale locale = super.resolveLocale(request);
				return Languages.named(locale.toLanguageTag()).orElseGet(() -> Languages.accepted(request));
			}

		};
		chosen.setDefaultLocaleFunction(Languages::accepted);
		chosen.setCookieMaxAge(Duration.ofDays(365));
		chosen.setCookieSameSite("Lax");
		chosen.setCookieHttpOnly(true);
		return chosen;
	}

}
