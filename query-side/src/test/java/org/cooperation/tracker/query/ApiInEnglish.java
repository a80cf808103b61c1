package org.cooperation.tracker.query;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A MockMvc request to the API (/api/...) that names no language asks for English: the
 * API tests check the API's English words, and the language tests name Kazakh or Russian
 * themselves. Pages are left alone: a page asked without Accept-Language is Kazakh, as
 * the page tests expect.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiInEnglish {

	@Bean
	MockMvcBuilderCustomizer apiInEnglish() {
		return (builder) -> builder.defaultRequest(get("/").with((request) -> {
			if (request.getRequestURI().startsWith("/api/") && request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
				request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, "en");
			}
			return request;
		}));
	}

}
