package org.cooperation.tracker.command.access;

import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The request the rate-limit tests spend their allowance on: the list of users, signed in
 * with HTTP Basic; answers of every status are returned, not thrown.
 */
final class AdminUsersCall {

	private AdminUsersCall() {
	}

	static ResponseEntity<String> as(int port, String user, String password) {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl("http://localhost:" + port)
			.defaultHeaders((headers) -> headers.setBasicAuth(user, password))
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build()
			.get()
			.uri("/api/admin/users")
			.retrieve()
			.toEntity(String.class);
	}

}
