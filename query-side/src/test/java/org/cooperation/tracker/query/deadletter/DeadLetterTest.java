package org.cooperation.tracker.query.deadletter;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A projection that fails on one event: the event is retried with back-off, then parked;
 * the processor goes on with other aggregates' events while later events of the same
 * aggregate wait behind the parked one; the health endpoint, the metrics and the admin
 * list show it; and once the bug is fixed, an admin's retry applies the parked events in
 * order.
 */
class DeadLetterTest extends DeadLetterTestBase {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String GROUP = PoisonSensitiveProjection.PROCESSING_GROUP;

	@Autowired
	PoisonSensitiveProjection projection;

	@Autowired
	EventProcessingConfiguration processing;

	/**
	 * Starts from an empty queue of this test's own group: the context is shared, and the
	 * poison events other tests store (a protocol with U+0000 in its place, which the
	 * kernel no longer reads back) are parked here too, since this projection handles
	 * every protocol. Cleared once the processor has reached the head, so none arrives
	 * later.
	 */
	@BeforeEach
	void ownQueueEmpty() {
		await().atMost(PATIENCE).untilAsserted(() -> {
			health.refresh();
			assertThat(health.projections()).filteredOn(state -> state.processor().equals(GROUP))
				.singleElement()
				.satisfies(state -> assertThat(state.position()).isEqualTo(head()));
		});
		processing.deadLetterQueue(GROUP).orElseThrow().clear();
	}

	@Test
	void aFailingEventIsRetriedThenParkedShownAndAppliedOnAnAdminsRetry() throws Exception {
		ProtocolId poisoned = ProtocolId.random();
		ProtocolId healthy = ProtocolId.random();
		append(recorded(poisoned, PoisonSensitiveProjection.POISONED_PLACE, 0));
		append(recorded(healthy, "Tashkent", 0));
		append(new GenericDomainEventMessage<>("Protocol", poisoned.toString(), 1,
				new DirectionAgreed(poisoned, DirectionId.random(), LocalizedText.english("Archives")),
				Fixtures.secretariat()));

		// Polled in the test's own thread, where the signed-in admin is.
		await().atMost(PATIENCE)
			.pollInSameThread()
			.untilAsserted(() -> assertThat(projection.applied()).as("other aggregates' events go on")
				.contains("recorded " + healthy));
		await().atMost(PATIENCE).pollInSameThread().untilAsserted(() -> {
			List<JsonNode> parked = parkedEvents();
			assertThat(parked).as("the failed event and the later one of its aggregate").hasSize(2);
			assertThat(parked.get(0).path("failedAttempts").asInt()).as("first attempt and two automatic retries")
				.isEqualTo(3);
		});
		assertThat(projection.applied()).doesNotContain("recorded " + poisoned, "direction " + poisoned);

		JsonNode first = parkedEvents().get(0);
		assertThat(first.path("eventType").asText()).isEqualTo(ProtocolRecorded.class.getName());
		assertThat(first.path("aggregateId").asText()).isEqualTo(poisoned.toString());
		assertThat(first.path("sequence").asText()).isEqualTo(poisoned.toString());
		assertThat(first.path("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
		assertThat(first.path("causeMessage").asText()).contains(PoisonSensitiveProjection.POISONED_PLACE);

		health.refresh();
		JsonNode state = projectionState();
		assertThat(state.path("parkedEvents").asLong()).isEqualTo(2);
		assertThat(state.path("error").asBoolean()).as("parking is not failing: the processor goes on").isFalse();
		assertThat(state.path("running").asBoolean()).isTrue();
		assertThat(state.path("lagEvents").asLong()).isZero();
		assertThat(state.path("position").asLong()).isEqualTo(state.path("head").asLong());
		assertThat(meters.get("tracker.projection.parked").tag("processor", GROUP).gauge().value()).isEqualTo(2.0);

		projection.fix();
		JsonNode outcome = retryParked(GROUP);
		assertThat(outcome.path("appliedSequences").asInt()).isEqualTo(1);
		assertThat(outcome.path("stillParked").asLong()).isZero();
		assertThat(projection.applied()).containsSubsequence("recorded " + poisoned, "direction " + poisoned);
		assertThat(parkedEvents()).isEmpty();
	}

	@Test
	@WithMockUser(username = "official", roles = "OFFICIAL")
	void onlyAdminsSeeAndRetryDeadLetters() throws Exception {
		mvc.perform(get("/api/admin/dead-letters")).andExpect(status().isForbidden());
		mvc.perform(post("/api/admin/dead-letters/" + GROUP + "/retry")).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/projections")).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownProcessorIsA404() throws Exception {
		mvc.perform(post("/api/admin/dead-letters/no-such-projection/retry")).andExpect(status().isNotFound());
		mvc.perform(get("/api/admin/dead-letters").param("processor", "no-such-projection"))
			.andExpect(status().isNotFound());
	}

	private List<JsonNode> parkedEvents() throws Exception {
		return parkedEvents(GROUP);
	}

	private JsonNode projectionState() throws Exception {
		return projectionState(GROUP);
	}

	private static GenericDomainEventMessage<ProtocolRecorded> recorded(ProtocolId protocol, String place,
			long sequence) {
		return new GenericDomainEventMessage<>("Protocol", protocol.toString(), sequence,
				new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, place, LocalizedText.english("Meeting"),
						List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
				Fixtures.secretariat());
	}

	private void append(GenericDomainEventMessage<?> event) {
		append(List.of(event));
	}

}
