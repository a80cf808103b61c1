package org.cooperation.tracker.command.concurrency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * Reads the If-Match of every write before its body is looked at: a malformed one, or one
 * naming a version on an endpoint that creates a record, is refused as 400, and the weak
 * ETag of an incomplete view as 412; nothing is then sent to Axon. A valid one is kept on
 * the request for {@link ExpectedVersionOnCommands}. Reads ignore If-Match; they change
 * nothing.
 */
@Component
class IfMatchPreconditions implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isRead(request.getMethod())) {
			return true;
		}
		IfMatch.of(request).ifPresent((ifMatch) -> {
			if (ifMatch.namesAVersion() && handler instanceof HandlerMethod method
					&& method.hasMethodAnnotation(CreatesRecord.class)) {
				throw new InvalidValueException("this request records something new, which has no version yet; "
						+ "If-Match names the version of an existing record, so send none here (or *)");
			}
			if (ifMatch.weak()) {
				throw new IncompleteViewEtag(ifMatch.version());
			}
			ifMatch.rememberOn(request);
		});
		return true;
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

}
