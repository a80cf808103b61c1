package org.cooperation.tracker.access.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

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

	private static final class ProblemOnRefusal extends DefaultCorsProcessor {

		@Override
		protected void rejectRequest(ServerHttpResponse response) throws IOException {
			response.setStatusCode(HttpStatus.FORBIDDEN);
			response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			response.getBody()
				.write("""
						{"type":"about:blank","title":"Forbidden","status":403,\
						"detail":"cross-origin requests from this origin are not allowed"}"""
					.getBytes(StandardCharsets.UTF_8));
			response.flush();
		}

	}

}
