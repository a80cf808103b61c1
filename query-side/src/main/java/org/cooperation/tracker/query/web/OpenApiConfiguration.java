package org.cooperation.tracker.query.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document says about this API as a whole. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI trackerQueryApi() {
		return new OpenAPI()
			.info(new Info().title("Cooperation-protocol tracker: query API")
				.version("v1")
				.description("Read-only views of the protocol signed in Tashkent on 2025-11-14, its directions and "
						+ "initiatives, and where each country stands. Errors are RFC 9457 problem details. "
						+ "Values marked sample are demo data, not reported facts. A field that is not always known is "
						+ "null rather than left out. Every operation reads only the query parameters it documents; "
						+ "another one, or one given twice, is refused with 400. Answers are in the caller's language "
						+ "(Accept-Language kk, ru or en) where they hold words. Compatibility within v1: see the "
						+ "README, \"The API as a contract\".")
				.contact(new Contact().name("The secretariat of the culture ministers' meetings of Central Asia")))
			.servers(List.of(new Server().url("/").description("This application (port 8081 by default)")));
	}

}
