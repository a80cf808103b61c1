package org.cooperation.tracker.testing;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * MockMvc requests ask for English (Accept-Language: en) unless they name a language
 * themselves: the slices check the API's English words, and the language tests ask for
 * Kazakh, Russian or none explicitly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EnglishByDefault {

	@Bean
	MockMvcBuilderCustomizer englishByDefault() {
		return (builder) -> builder.defaultRequest(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
	}

}
