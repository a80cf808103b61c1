package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import org.cooperation.tracker.access.language.Languages;
import org.cooperation.tracker.access.problem.ProblemTexts;

/**
 * Cross-origin browser calls: refused unless the origin is configured
 * ({@code tracker.access.cors-allowed-origins}); none is by default. A refusal is 403
 * problem+json and carries no {@code Access-Control-Allow-Origin}.
 */
public final class BrowserOrigins {

	private BrowserOrigins() {
	}

	public static CorsFilter filter(List<String> allowedOrigins) {
		CorsConfiguration allowed = new CorsConfiguration();
		allowed.setAllowedOrigins(List.copyOf(allowedOrigins));
		allowed.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		allowed.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match",
				"Idempotency-Key", "X-Correlation-Id"));
		// Tracker-View-Incomplete: the query side's word that a record's view lacks
		// parked
		// events, beside its weak ETag.
		allowed.setExposedHeaders(
				List.of("ETag", "Location", "Retry-After", "X-Correlation-Id", "Tracker-View-Incomplete"));
		allowed.setMaxAge(600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", allowed);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemOnRefusal());
		return filter;
	}

	/**
	 * Answers a refused origin in the language of the request's Accept-Language, which
	 * the processor is told of through the response it is handed.
	 */
	private static final class ProblemOnRefusal extends DefaultCorsProcessor {

		@Override
		public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
				HttpServletResponse response) throws IOException {
			return super.processRequest(config, request, new Answering(response, Languages.accepted(request)));
		}

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			Locale language = (response instanceof ServletServerHttpResponse servlet
					&& servlet.getServletResponse() instanceof Answering answering) ? answering.language
							: Languages.DEFAULT;
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, ProblemTexts.supported(language).toLanguageTag());
			response.getBody()
				.write(("{\"type\":\"about:blank\",\"title\":\""
						+ ProblemTexts.withoutContext("problem.title.forbidden", language)
						+ "\",\"status\":403,\"detail\":\""
						+ ProblemTexts.withoutContext("problem.detail.cors", language) + "\"}")
					.getBytes(StandardCharsets.UTF_8));
			response.flush();
		}

	}

	/** The response of a request whose language is known. */
	private static final class Answering extends HttpServletResponseWrapper {

		private final Locale language;

		Answering(HttpServletResponse response, Locale language) {
			super(response);
			this.language = language;
		}

	}

}
