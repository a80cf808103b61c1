package org.cooperation.tracker.command.web;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.testing.DatabaseOutageCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side while its database is away and after it comes back, over real HTTP on
 * a PostgreSQL server this test stops and starts: every write is answered 503
 * problem+json (never 500, and a sign-in that cannot be checked is not a 401), readiness
 * goes DOWN while liveness stays UP, and writes succeed again within 30 seconds of the
 * restart without restarting the application.
 */
class DatabaseOutageTest extends DatabaseOutageCase {

	private static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent",
			 "meetingTitle":{"en":"First meeting of the culture ministers of Central Asia"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"}],
			 "directions":[{"title":{"en":"Cultural events"}}]}""";

	@Test
	void writesAnswer503WhileTheDatabaseIsDownAndSucceedSoonAfterItIsBack() {
		assertThat(recordProtocol("secretariat", null).getStatusCode().value()).isEqualTo(201);
		assertThat(get("/actuator/health/readiness").getStatusCode().value()).isEqualTo(200);

		long restarted = outage(() -> {
			// Signed in a moment ago: sign-in is remembered, the event store is not
			// there.
			expectUnavailable(recordProtocol("secretariat", null));
			expectUnavailable(recordProtocol("secretariat", UUID.randomUUID().toString()));
			// Never signed in: the account cannot be read, which is no reason for a 401.
			expectUnavailable(recordProtocol("official", null));
			expectUnavailable(signedInAs("auditor").get().uri("/api/admin/users").retrieve().toEntity(String.class));
		}, () -> recordProtocol("secretariat", null).getStatusCode().value() == 201);
		Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);
		System.out.printf("Command side: writes succeed again %d ms after PostgreSQL restarted%n", recovery.toMillis());
		assertThat(recordProtocol("official", null).getStatusCode().value())
			.as("an official signs in again, and may not record a protocol")
			.isEqualTo(403);
		awaitReady();
	}

	private ResponseEntity<String> recordProtocol(String user, String idempotencyKey) {
		return signedInAs(user).post()
			.uri("/api/protocols")
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (idempotencyKey != null) {
					headers.set("Idempotency-Key", idempotencyKey);
				}
			})
			.body(PROTOCOL)
			.retrieve()
			.toEntity(String.class);
	}

}
