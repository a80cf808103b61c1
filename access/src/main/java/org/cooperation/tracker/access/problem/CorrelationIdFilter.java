package org.cooperation.tracker.access.problem;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Correlation-Id} when it is
 * a sensible token, a new one otherwise. It is echoed in the response and stamped on
 * every event the request causes, so a liaison's ticket can be matched to the history.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Correlation-Id";

	static final String ATTRIBUTE = CorrelationIdFilter.class.getName();

	/** Accept ids a log line can carry safely; anything else is replaced, not trusted. */
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String correlationId = (given != null && ACCEPTABLE.matcher(given).matches()) ? given
				: UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, correlationId);
		response.setHeader(HEADER, correlationId);
		chain.doFilter(request, response);
	}

	/** The current request's correlation id, or null outside a request. */
	public static String of(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
