package org.cooperation.tracker.access.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of an application that only answers programs: the first language of the
 * request's Accept-Language that the tracker speaks, else Kazakh
 * ({@link Languages#accepted}). No choice is remembered. An application imports it to
 * answer its API in that language; the query side, which also has pages, keeps its own
 * choice. Not a {@code @Configuration}, so that the access module's component scan leaves
 * it to the applications that import it.
 */
public class AcceptedLanguage {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver() {
		return new LocaleResolver() {

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return Languages.accepted(request);
			}

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				throw new UnsupportedOperationException("the language follows each request's Accept-Language");
			}

		};
	}

}
