package org.cooperation.tracker.query.health;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.testing.DatabaseOutageCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The query side while its database is away and after it comes back, over real HTTP on a
 * PostgreSQL server this test stops and starts: reads answer 503 problem+json and pages a
 * 503 page (never 500, never data that looks current), readiness goes DOWN while liveness
 * stays UP, and within 30 seconds of the restart reads succeed and the projections apply
 * new events again, without restarting the application.
 */
class DatabaseOutageTest extends DatabaseOutageCase {

	static {
		CommandSideTables.create(POSTGRES.database());
	}

	@Autowired
	EventStorageEngine storageEngine;

	@Test
	void readsAnswer503WhileTheDatabaseIsDownAndEverythingResumesSoonAfterItIsBack() {
		assertThat(protocols("official").getStatusCode().value()).isEqualTo(200);
		awaitReady();

		long restarted = outage(() -> {
			expectUnavailable(protocols("official"));
			// Never signed in: the account cannot be read, which is no reason for a 401.
			expectUnavailable(protocols("admin"));
			ResponseEntity<String> page = signedInAs("official").get()
				.uri("/")
				.accept(MediaType.TEXT_HTML)
				.retrieve()
				.toEntity(String.class);
			assertThat(page.getStatusCode().value()).isEqualTo(503);
			assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
			assertThat(page.getBody()).contains("Reload the page");
		}, () -> protocols("official").getStatusCode().value() == 200);
		long readsBack = Duration.ofNanos(System.nanoTime() - restarted).toMillis();

		ProtocolId protocol = ProtocolId.random();
		storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
				new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
						LocalizedText.english("Meeting after the outage"),
						List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
				Fixtures.secretariat())));
		await().atMost(RECOVERY_LIMIT)
			.pollInterval(POLL)
			.until(() -> signedInAs("official").get()
				.uri("/api/protocols/" + protocol.value())
				.retrieve()
				.toEntity(String.class)
				.getStatusCode()
				.value() == 200);
		long projectingBack = Duration.ofNanos(System.nanoTime() - restarted).toMillis();
		awaitReady();
		System.out.printf(
				"Query side: reads succeed %d ms, new events are projected %d ms after PostgreSQL restarted%n",
				readsBack, projectingBack);
		assertThat(projectingBack).isLessThan(RECOVERY_LIMIT.toMillis());
	}

	private ResponseEntity<String> protocols(String user) {
		return signedInAs(user).get().uri("/api/protocols").retrieve().toEntity(String.class);
	}

}
