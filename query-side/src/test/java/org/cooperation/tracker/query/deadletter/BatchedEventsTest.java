package org.cooperation.tracker.query.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;
import org.cooperation.tracker.query.protocol.model.ProtocolsProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processor applies a batch of events whole, its rows written together at the end; when
 * anything in it fails, the batch is applied again event by event, each in a savepoint,
 * so that only the event at fault is parked and every other one is applied. Each test
 * stops the processor, stores its events in one transaction and starts the processor
 * again, so that they reach it together: one batch per segment.
 */
class BatchedEventsTest extends DeadLetterTestBase {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String INITIATIVES = InitiativesProjection.PROCESSING_GROUP;

	private static final String HISTORY = ParticipationHistoryProjection.PROCESSING_GROUP;

	private static final String POISON_SENSITIVE = PoisonSensitiveProjection.PROCESSING_GROUP;

	private static final String REFUSED_TITLE = "Refused initiative";

	@Autowired
	EventProcessingConfiguration processing;

	@Autowired
	PoisonSensitiveProjection projection;

	@Test
	void aBatchWithoutFailuresIsAppliedWhole() {
		double whole = batches(INITIATIVES, "whole");
		List<InitiativeId> initiatives = initiatives(20);

		whileStopped(INITIATIVES, () -> append(proposals(initiatives, -1)), HISTORY);

		awaitHead(INITIATIVES);
		assertThat(projected(initiatives)).as("initiatives projected").isEqualTo(initiatives.size());
		assertThat(batches(INITIATIVES, "whole")).as("batches applied whole").isGreaterThan(whole);
	}

	@Test
	void aRowTheDatabaseRefusesIsParkedAloneAndTheRestOfItsBatchIsApplied() throws Exception {
		double eventByEvent = batches(INITIATIVES, "event-by-event");
		List<InitiativeId> initiatives = initiatives(20);
		InitiativeId refused = initiatives.get(7);
		// A rule of the read model's table that one initiative breaks, as a buggy
		// migration could have added it: the database refuses the row at the batch's
		// flush, after every handler has returned.
		superuser.execute("ALTER TABLE rm_initiative ADD CONSTRAINT batch_test_refused_title " + "CHECK (title_en <> '"
				+ REFUSED_TITLE + "')");
		try {
			whileStopped(INITIATIVES, () -> append(proposals(initiatives, 7)), HISTORY);

			awaitHead(INITIATIVES);
			await().atMost(PATIENCE)
				.pollInSameThread()
				.untilAsserted(() -> assertThat(parked(INITIATIVES, refused.toString())).hasSize(1));
		}
		finally {
			superuser.execute("ALTER TABLE rm_initiative DROP CONSTRAINT IF EXISTS batch_test_refused_title");
		}
		assertThat(parked(INITIATIVES, refused.toString()).get(0).path("causeMessage").asText())
			.contains("batch_test_refused_title");
		assertThat(projected(List.of(refused))).as("the refused initiative").isZero();
		assertThat(projected(initiatives)).as("the others of its batch").isEqualTo(initiatives.size() - 1);
		assertThat(batches(INITIATIVES, "event-by-event")).as("batches applied event by event")
			.isGreaterThan(eventByEvent);
	}

	@Test
	void anEventItsHandlerFailsOnIsParkedAloneAndTheRestOfItsBatchIsApplied() throws Exception {
		double eventByEvent = batches(POISON_SENSITIVE, "event-by-event");
		List<ProtocolId> protocols = IntStream.range(0, 12).mapToObj((i) -> ProtocolId.random()).toList();
		ProtocolId unmappable = protocols.get(5);
		List<GenericDomainEventMessage<?>> events = new ArrayList<>();
		for (ProtocolId protocol : protocols) {
			String place = protocol.equals(unmappable) ? PoisonSensitiveProjection.UNMAPPABLE_PLACE : "Tashkent";
			events.add(new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
					new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, place, LocalizedText.english("Meeting"),
							List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
					Fixtures.secretariat()));
		}

		whileStopped(POISON_SENSITIVE, () -> append(events), ProtocolsProjection.PROCESSING_GROUP);

		awaitHead(POISON_SENSITIVE);
		await().atMost(PATIENCE)
			.pollInSameThread()
			.untilAsserted(() -> assertThat(parked(POISON_SENSITIVE, unmappable.toString())).hasSize(1));
		assertThat(projection.applied()).as("the others of its batch")
			.containsAll(protocols.stream()
				.filter((protocol) -> !protocol.equals(unmappable))
				.map((protocol) -> "recorded " + protocol)
				.toList())
			.doesNotContain("recorded " + unmappable);
		assertThat(batches(POISON_SENSITIVE, "event-by-event")).as("batches applied event by event")
			.isGreaterThan(eventByEvent);
	}

	/**
	 * Stores the events while the processor is stopped, so that, started again, it finds
	 * them all at once: once a processor that reads the same events has applied them,
	 * they are all in the event store's cache, where the restarted one reads them.
	 */
	private void whileStopped(String group, Runnable store, String witness) {
		TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow();
		processor.shutDown();
		try {
			store.run();
			awaitHead(witness);
		}
		finally {
			processor.start();
		}
	}

	private void awaitHead(String group) {
		long head = head();
		await().atMost(PATIENCE).until(() -> position(group) >= head);
	}

	private long position(String group) {
		return processing.eventProcessor(group, TrackingEventProcessor.class)
			.orElseThrow()
			.processingStatus()
			.values()
			.stream()
			.mapToLong((status) -> status.getCurrentPosition().orElse(-1))
			.min()
			.orElse(-1);
	}

	private double batches(String group, String applied) {
		Counter counter = meters.find("tracker.projection.batches")
			.tag("processor", group)
			.tag("applied", applied)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private List<JsonNode> parked(String group, String aggregateId) throws Exception {
		return parkedEvents(group).stream()
			.filter((letter) -> letter.path("aggregateId").asText().equals(aggregateId))
			.toList();
	}

	private int projected(List<InitiativeId> initiatives) {
		return jdbc.queryForObject("SELECT count(*) FROM rm_initiative WHERE initiative_id = ANY (?::uuid[])",
				Integer.class, (Object) initiatives.stream().map(InitiativeId::toString).toArray(String[]::new));
	}

	private static List<InitiativeId> initiatives(int count) {
		return IntStream.range(0, count).mapToObj((i) -> InitiativeId.random()).toList();
	}

	/**
	 * A proposal of each initiative; the one at {@code refusedAt} (if any) with the
	 * refused title.
	 */
	private static List<GenericDomainEventMessage<?>> proposals(List<InitiativeId> initiatives, int refusedAt) {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		List<GenericDomainEventMessage<?>> events = new ArrayList<>();
		for (int i = 0; i < initiatives.size(); i++) {
			InitiativeId initiative = initiatives.get(i);
			String title = (i == refusedAt) ? REFUSED_TITLE : "Batched initiative " + i;
			events.add(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 0,
					new InitiativeProposed(initiative, protocol, direction, InitiativeKind.OTHER,
							LocalizedText.english(title), null, Country.KZ, Set.of(Country.KZ, Country.UZ)),
					Fixtures.secretariat()));
		}
		return events;
	}

}
