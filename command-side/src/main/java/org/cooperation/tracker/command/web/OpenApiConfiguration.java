package org.cooperation.tracker.command.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says about the command API as a whole; sign-in, problems and
 * the shape of answers are added by
 * {@link org.cooperation.tracker.access.api.ApiContract}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI trackerCommandApi() {
		return new OpenAPI().info(new Info().title("Cooperation-protocol tracker: command API")
			.version("v1")
			.description("Records what the culture ministries of Central Asia agreed in Tashkent on 2025-11-14 and "
					+ "what each country does about it: protocols, signatures, directions, initiatives, each "
					+ "country's participation status and progress, and the initiatives' own programme records. "
					+ "The secretariat records protocols and initiatives; a ministry liaison writes only its own "
					+ "country's records. Every write is recorded as events; what was recorded is read on the query "
					+ "API. Bodies are read strictly (unknown fields, a field named twice, a wrong type are refused); "
					+ "no operation reads a query parameter. Errors are RFC 9457 problem details in the caller's "
					+ "language (Accept-Language kk, ru or en). Retries: send an Idempotency-Key; concurrent "
					+ "changes: send If-Match with the ETag the query API gave. Compatibility within v1: see the "
					+ "README, \"The API as a contract\".")
			.contact(new Contact().name("The secretariat of the culture ministers' meetings of Central Asia")))
			.servers(List.of(new Server().url("/").description("This application (port 8080 by default)")));
	}

}
