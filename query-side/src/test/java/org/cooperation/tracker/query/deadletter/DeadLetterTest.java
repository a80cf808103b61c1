package org.cooperation.tracker.query.deadletter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.health.ProjectionHealth;
import org.cooperation.tracker.testing.TestPostgres;

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
@SpringBootTest(properties = { "tracker.dead-letters.automatic-retries=2",
		"tracker.dead-letters.first-retry-after=PT0.3S", "tracker.dead-letters.check-every=PT0.2S" })
@AutoConfigureMockMvc
@Import(PoisonSensitiveProjection.class)
@WithMockUser(username = "admin", roles = "ADMIN")
class DeadLetterTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final Path COMMAND_SIDE_EVENT_STORE = Path
		.of("../command-side/src/main/resources/db/event-store/V1__event_store.sql");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final String GROUP = PoisonSensitiveProjection.PROCESSING_GROUP;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EventStorageEngine storageEngine;

	@Autowired
	PoisonSensitiveProjection projection;

	@Autowired
	ProjectionHealth health;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", DATABASE::url);
		registry.add("spring.datasource.username", DATABASE::user);
		registry.add("spring.datasource.password", DATABASE::password);
	}

	@Test
	void aFailingEventIsRetriedThenParkedShownAndAppliedOnAnAdminsRetry() throws Exception {
		if (!Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class))) {
			jdbc.execute(readEventStoreMigration());
		}
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
		JsonNode outcome = json.readTree(mvc.perform(post("/api/admin/dead-letters/" + GROUP + "/retry"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
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
		JsonNode list = json.readTree(mvc.perform(get("/api/admin/dead-letters").param("processor", GROUP))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		return java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
	}

	private JsonNode projectionState() throws Exception {
		JsonNode body = json.readTree(mvc.perform(get("/actuator/projections"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		for (JsonNode state : body.path("projections")) {
			if (state.path("processor").asText().equals(GROUP)) {
				return state;
			}
		}
		throw new AssertionError("no state for " + GROUP + " in " + body);
	}

	private static GenericDomainEventMessage<ProtocolRecorded> recorded(ProtocolId protocol, String place,
			long sequence) {
		return new GenericDomainEventMessage<>("Protocol", protocol.toString(), sequence,
				new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, place, LocalizedText.english("Meeting"),
						List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
				Fixtures.secretariat());
	}

	private void append(GenericDomainEventMessage<?> event) {
		storageEngine.appendEvents(List.of(event));
	}

	private static String readEventStoreMigration() throws IOException {
		return Files.readString(COMMAND_SIDE_EVENT_STORE);
	}

}
