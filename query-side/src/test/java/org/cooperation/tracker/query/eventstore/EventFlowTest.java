package org.cooperation.tracker.query.eventstore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.initiative.CountryStanding;
import org.cooperation.tracker.query.history.HistoryEntry;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.protocol.ProtocolQueries;
import org.cooperation.tracker.query.protocol.ProtocolView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The way events really arrive: appended to the event table by another writer, announced
 * by the table's NOTIFY trigger, read by the tracking processors, projected. The table is
 * the command side's own migration, read from its module, so this test cannot drift from
 * the schema the command side writes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventFlowTest extends QuerySideTestBase {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private EventAppendedListener listener;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private InitiativeQueries initiatives;

	@Autowired
	private ProtocolQueries protocols;

	@Test
	@Order(2)
	void eventsAppendedElsewhereReachEveryReadModel() {
		CommandSideTables.createEventTableOnce(database());
		long notificationsBefore = listener.notificationsReceived();
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		InitiativeId initiative = InitiativeId.random();
		String protocolAggregate = protocol.toString();
		String initiativeAggregate = initiative.toString();

		append(new GenericDomainEventMessage<>("Protocol", protocolAggregate, 0,
				new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
						LocalizedText.english("First meeting"),
						List.of(new Party(Country.KZ, PartyRole.MEMBER, null),
								new Party(Country.AZ, PartyRole.HONORARY_GUEST, null))),
				Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", protocolAggregate, 1,
						new DirectionAgreed(protocol, direction, LocalizedText.english("Archives")),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", protocolAggregate, 2,
						new ProtocolSigned(protocol, Country.KZ, "Aida Balayeva", null, Fixtures.MEETING_DAY),
						Fixtures.secretariat()));
		append(new GenericDomainEventMessage<>("Initiative", initiativeAggregate, 0,
				new InitiativeProposed(initiative, protocol, direction, InitiativeKind.ARCHIVE_EXCHANGE,
						LocalizedText.english("Exchange of archival material copies"), null, Country.KZ,
						Set.of(Country.KZ, Country.AZ)),
				Fixtures.sample()));
		append(new GenericDomainEventMessage<>("Initiative", initiativeAggregate, 1,
				new ParticipationStatusChanged(initiative, Country.KZ, ParticipationStatus.PROPOSED,
						ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), "Signed off", List.of()),
				Fixtures.liaison(Country.KZ, "corr-flow")),
				new GenericDomainEventMessage<>("Initiative", initiativeAggregate, 2,
						new ProgressReported(initiative, ProgressReportId.random(), Country.KZ, new ProgressPercent(25),
								LocalDate.of(2025, 12, 2), null, List.of()),
						Fixtures.liaison(Country.KZ, "corr-flow")));

		// Each read model has its own processor: the initiative may be there before its
		// direction's title (null until the protocols processor has applied it).
		await().atMost(PATIENCE)
			.ignoreExceptionsMatching(ex -> ex instanceof NotFoundException || ex instanceof NullPointerException)
			.untilAsserted(() -> {
				InitiativeDetail detail = initiatives.initiative(initiative.value()).view();
				CountryStanding kazakhstan = detail.countries().get(0);
				assertThat(kazakhstan.country()).isEqualTo(Country.KZ);
				assertThat(kazakhstan.status()).isEqualTo(ParticipationStatus.AGREED);
				assertThat(kazakhstan.percent()).isEqualTo(25);
				assertThat(detail.directionTitle().en()).isEqualTo("Archives");
				assertThat(detail.history()).extracting(HistoryEntry::type)
					.containsExactly(HistoryEntryType.PROPOSED, HistoryEntryType.PROPOSED,
							HistoryEntryType.STATUS_CHANGED, HistoryEntryType.PROGRESS_REPORTED);
				assertThat(detail.history().get(2).correlationId()).isEqualTo("corr-flow");
				assertThat(detail.history().get(0).sample()).isTrue();
				ProtocolView recorded = protocols.protocol(protocol.value()).view();
				assertThat(recorded.parties().get(0).signature().signatory()).isEqualTo("Aida Balayeva");
			});
		assertThat(listener.notificationsReceived()).as("the appends were announced by NOTIFY")
			.isGreaterThan(notificationsBefore);
	}

	@Test
	@Order(3)
	void theListenerReconnectsAfterLosingItsSession() {
		CommandSideTables.createEventTableOnce(database());
		await().atMost(PATIENCE).until(() -> listener.sessionsOpened() >= 1);
		long sessionsBefore = listener.sessionsOpened();

		jdbc.queryForList(
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
						+ "WHERE application_name = ? AND datname = current_database()",
				EventAppendedListener.APPLICATION_NAME);

		await().atMost(PATIENCE).until(() -> listener.sessionsOpened() > sessionsBefore);
		long notificationsBefore = listener.notificationsReceived();
		InitiativeId initiative = InitiativeId.random();
		append(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 0,
				new InitiativeProposed(initiative, ProtocolId.random(), DirectionId.random(), InitiativeKind.OTHER,
						LocalizedText.english("After the reconnect"), null, Country.UZ, Set.of(Country.UZ)),
				MetaData.emptyInstance()));

		await().atMost(PATIENCE).until(() -> listener.notificationsReceived() > notificationsBefore);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(initiatives.initiative(initiative.value()).view().title().en())
				.isEqualTo("After the reconnect"));
		assertThatThrownBy(() -> initiatives.initiative(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	/**
	 * The next test class empties the read models; a processor still writing this test's
	 * events would refill them behind its back.
	 */
	@AfterEach
	void letEveryProcessorCatchUp() {
		if (!CommandSideTables.eventTableExists(jdbc)) {
			return;
		}
		Long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
		await().atMost(PATIENCE)
			.until(() -> CORE_PROCESSING_GROUPS.stream()
				.map(group -> processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow())
				.allMatch(processor -> processor.processingStatus()
					.values()
					.stream()
					.allMatch(status -> status.getCurrentPosition().orElse(-1) >= head)));
	}

	private void append(GenericDomainEventMessage<?>... events) {
		storageEngine.appendEvents(List.of(events));
	}

}
