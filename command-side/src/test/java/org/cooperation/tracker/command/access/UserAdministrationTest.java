package org.cooperation.tracker.command.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins manage the built-in accounts; the answers say what was wrong, and no password or
 * hash ever leaves the server.
 */
class UserAdministrationTest extends CommandSideIntegrationTest {

	@Test
	void anAdminCreatesALiaisonWhoThenSignsInAsThatCountry() {
		assertThat(create("""
				{"username":"new-liaison-tj","password":"correct horse battery","role":"liaison","country":"tj"}""")
			.getStatusCode()
			.value()).isEqualTo(201);
		String stored = jdbc.queryForObject("SELECT role || ' ' || country || ' ' || created_by FROM tracker_user "
				+ "WHERE username = 'new-liaison-tj'", String.class);
		assertThat(stored).isEqualTo("LIAISON TJ admin");
		assertThat(jdbc.queryForObject("SELECT password_hash FROM tracker_user WHERE username = 'new-liaison-tj'",
				String.class))
			.startsWith("$2a$")
			.doesNotContain("correct horse");
		JsonNode list = signedInAs("admin").get().uri("/api/admin/users").retrieve().body(JsonNode.class);
		assertThat(list.toString()).contains("new-liaison-tj").doesNotContain("password").doesNotContain("$2a$");
	}

	@Test
	void badAccountsAreRefusedWithAProblemThatSaysWhy() {
		assertRefused("{\"username\":\"a-liaison\",\"password\":\"long enough password\",\"role\":\"LIAISON\"}", 400,
				"bound to no country");
		assertRefused(
				"{\"username\":\"an-official\",\"password\":\"long enough password\",\"role\":\"OFFICIAL\",\"country\":\"KZ\"}",
				400, "cannot be bound to a country");
		assertRefused("{\"username\":\"short-pass\",\"password\":\"short\",\"role\":\"OFFICIAL\"}", 400,
				"at least 12 characters");
		assertRefused("{\"username\":\"robot\",\"password\":\"long enough password\",\"role\":\"SYSTEM\"}", 400,
				"unknown role");
		assertRefused("{\"username\":\"Bad Name!\",\"password\":\"long enough password\",\"role\":\"OFFICIAL\"}", 400,
				"user name");
		assertRefused("{\"username\":\"official\",\"password\":\"long enough password\",\"role\":\"OFFICIAL\"}", 409,
				"taken");
	}

	@Test
	void aNewPasswordReplacesTheDemoOneAndTheAccountIsNoLongerADemoDefault() {
		create("{\"username\":\"rotating-auditor\",\"password\":\"first long password\",\"role\":\"AUDITOR\"}");
		RestClient admin = signedInAs("admin");
		assertThat(admin.put()
			.uri("/api/admin/users/rotating-auditor/password")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"password\":\"second long password\"}")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(204);
		RestClient old = RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl(baseUrl())
			.defaultHeaders((headers) -> headers.setBasicAuth("rotating-auditor", "first long password"))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
		assertThat(old.get().uri("/api/admin/users").retrieve().toBodilessEntity().getStatusCode().value())
			.isEqualTo(401);
		assertThat(admin.put()
			.uri("/api/admin/users/no-such-user/password")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"password\":\"second long password\"}")
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(404);
	}

	@Test
	void anAdminCannotLockThemselvesOut() {
		ResponseEntity<JsonNode> answer = signedInAs("admin").put()
			.uri("/api/admin/users/admin/enabled")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\":false}")
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(409);
		assertThat(jdbc.queryForObject("SELECT enabled FROM tracker_user WHERE username = 'admin'", Boolean.class))
			.isTrue();
	}

	@Test
	void onlyAdminsManageAccounts() {
		for (String user : new String[] { "secretariat", "liaison-kz", "official", "auditor" }) {
			assertThat(signedInAs(user).get()
				.uri("/api/admin/users")
				.retrieve()
				.toBodilessEntity()
				.getStatusCode()
				.value()).as(user).isEqualTo(403);
		}
	}

	private ResponseEntity<JsonNode> create(String body) {
		return signedInAs("admin").post()
			.uri("/api/admin/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private void assertRefused(String body, int status, String detail) {
		ResponseEntity<JsonNode> answer = create(body);
		assertThat(answer.getStatusCode().value()).as(body).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("detail").asText()).as(body).contains(detail);
	}

}
