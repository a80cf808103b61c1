package org.cooperation.tracker.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says about this API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI trackerQueryApi() {
		return new OpenAPI().info(new Info().title("Cooperation-protocol tracker: query API")
			.version("v1")
			.description("Read-only views of the protocol signed in Tashkent on 2025-11-14, its directions and "
					+ "initiatives, and where each country stands. Errors are RFC 9457 problem details. "
					+ "Values marked sample are demo data, not reported facts."));
	}

}
