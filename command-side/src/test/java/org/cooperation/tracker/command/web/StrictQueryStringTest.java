package org.cooperation.tracker.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command API reads no query parameter: one sent is refused with a 400 that names it,
 * before anything is recorded, as an unknown field of a body is. springdoc's and
 * actuator's endpoints are not held to it.
 */
class StrictQueryStringTest extends CommandSideIntegrationTest {

	@Test
	void aWriteWithAQueryParameterIsRefusedByNameAndRecordsNothing() {
		refused("secretariat", "POST", "/api/protocols?draft=true", TASHKENT_PROTOCOL, 400,
				"the query parameter 'draft' is not one this address reads; it reads none");
		refused("secretariat", "POST", "/api/protocols?dryRun=1&dryRun=1", TASHKENT_PROTOCOL, 400, "'dryRun'");
	}

	@Test
	void aReadWithAQueryParameterIsRefusedByName() {
		ResponseEntity<JsonNode> answer = sendAs("admin", HttpMethod.GET, "/api/admin/users?role=LIAISON", null);
		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody().get("detail").asText()).contains("'role'");
		assertThat(sendAs("admin", HttpMethod.GET, "/api/admin/users", null).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void springdocAndActuatorAreLeftAlone() {
		assertThat(sendAs("secretariat", HttpMethod.GET, "/v3/api-docs?group=x", null).getStatusCode().value())
			.isEqualTo(200);
		assertThat(sendAs("secretariat", HttpMethod.GET, "/actuator/health?verbose=1", null).getStatusCode().value())
			.isLessThan(400);
	}

}
