package org.cooperation.tracker.command.web;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.testing.ServedDocument;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API's OpenAPI document, as served over HTTP without signing in, is written
 * to {@code target/openapi/command-side.json} and is the committed copy
 * ({@code src/test/resources/openapi/command-side.json}): see {@link ServedDocument}.
 */
class OpenApiDocumentTest extends CommandSideIntegrationTest {

	@Test
	void theServedDocumentIsTheCommittedOne() {
		String served = RestClient.create(baseUrl()).get().uri("/v3/api-docs").retrieve().body(String.class);
		assertThat(served).isNotBlank();
		ServedDocument.writeAndCompare("command-side", served);
	}

}
