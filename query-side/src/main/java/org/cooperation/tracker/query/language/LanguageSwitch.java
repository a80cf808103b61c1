package org.cooperation.tracker.query.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * {@code ?lang=ru} on any dashboard page switches the language and remembers it. A
 * language the tracker does not speak is refused with the page's 400 message rather than
 * ignored, so a mistyped link does not look like a switch that failed silently.
 */
@Component
@RequiredArgsConstructor
class LanguageSwitch implements HandlerInterceptor, WebMvcConfigurer {

	static final String PARAMETER = "lang";

	private final LocaleResolver languages;

	private final Display show;

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String asked = request.getParameter(PARAMETER);
		if (asked == null || !isPage(handler)) {
			return true;
		}
		Locale language = Languages.named(asked)
			.orElseThrow(() -> new InvalidValueException(show.label("error.language", Checks.excerpt(asked))));
		languages.setLocale(request, response, language);
		return true;
	}

	private static boolean isPage(Object handler) {
		return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(DashboardPage.class);
	}

}
