package org.cooperation.tracker.access.limits;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import org.cooperation.tracker.access.problem.ProblemWriter;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.common.PrintableText;

/**
 * Refuses a query string that is too long, has too many parameters, a parameter too long
 * or escapes that do not decode, with 400 problem+json, before any controller sees it.
 * The tracker's filters take a country code, a state or a page number: nothing near these
 * limits is a real query, and the container would otherwise skip what it cannot decode
 * and answer as if it had not been asked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
@RequiredArgsConstructor
public class QueryStringLimits extends OncePerRequestFilter {

	private final RequestLimits limits;

	private final ProblemWriter problems;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Phrase refusal = refusal(request.getQueryString());
		if (refusal != null) {
			problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "problem.title.queryString", refusal);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Why the query string is refused, or null when it is acceptable. */
	Phrase refusal(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		if (query.length() > limits.maxQueryLength()) {
			return Phrase.of("problem.detail.query.tooLong", query.length(), limits.maxQueryLength());
		}
		String[] parameters = query.split("&", -1);
		if (parameters.length > limits.maxQueryParameters()) {
			return Phrase.of("problem.detail.query.tooMany", parameters.length, limits.maxQueryParameters());
		}
		for (String parameter : parameters) {
			int equals = parameter.indexOf('=');
			String name = decoded((equals < 0) ? parameter : parameter.substring(0, equals));
			String value = decoded((equals < 0) ? "" : parameter.substring(equals + 1));
			if (name == null || value == null) {
				return Phrase.of("problem.detail.query.malformed");
			}
			if (name.length() > limits.maxQueryValueLength() || value.length() > limits.maxQueryValueLength()) {
				return Phrase.of("problem.detail.query.valueTooLong", limits.maxQueryValueLength());
			}
			// The rule every text of a command passes: a filter value reaches SQL and
			// may be quoted back in an answer.
			try {
				PrintableText.check(name, "a query parameter's name", PrintableText.Kind.LINE);
				PrintableText.check(value, "query parameter " + Checks.excerpt(name), PrintableText.Kind.LINE);
			}
			catch (InvalidValueException ex) {
				return ex.phrase();
			}
		}
		return null;
	}

	/** The decoded text, or null when it does not decode. */
	private static String decoded(String text) {
		try {
			String decoded = URLDecoder.decode(text, StandardCharsets.UTF_8);
			return decoded.indexOf('\uFFFD') >= 0 && text.indexOf('\uFFFD') < 0 ? null : decoded;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
