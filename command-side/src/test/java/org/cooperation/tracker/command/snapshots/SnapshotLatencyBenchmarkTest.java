package org.cooperation.tracker.command.snapshots;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots.SnapshotThread;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The P5: a command's latency on a record with a long history against one with a
 * short one, with snapshots (as the application runs) and without (the record's snapshots
 * deleted before each write, so it replays everything, as before snapshots). Each write
 * is a progress report through the command bus, timed alone: the snapshot thread is idle
 * before each one. It prints the medians and asserts only that every write was stored.
 * <p>
 * The CI run is short (2,500 events, the first measurement, and 9 writes: each
 * write without snapshots replays everything and is followed by a snapshot that reads it
 * all again);
 * {@code -Dtracker.benchmark.long-history=10000 -Dtracker.benchmark.writes=25} gives the
 * issue's P5 (about 70 s more).
 */
class SnapshotLatencyBenchmarkTest extends CommandSideIntegrationTest {

	private static final int SHORT_HISTORY = 10;

	private static final int LONG_HISTORY = Integer.getInteger("tracker.benchmark.long-history", 2_500);

	private static final int WRITES = Integer.getInteger("tracker.benchmark.writes", 9);

	private static final Caller SYSTEM = Caller.of("snapshot-benchmark", Role.SYSTEM);

	private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

	private static final int APPENDED_PER_TRANSACTION = 500;

	@Autowired
	CommandGateway gateway;

	@Autowired
	EventStorageEngine storage;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SnapshotThread snapshotThread;

	@Test
	void writeLatencyOnALongHistoryAgainstAShortOne() {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		send(new RecordProtocol(protocol, null, LocalDate.of(2025, 11, 14), "Tashkent",
				LocalizedText.english("Benchmark meeting"),
				List.of(new Party(Country.KZ, PartyRole.MEMBER, null), new Party(Country.UZ, PartyRole.MEMBER, null)),
				List.of(new AgreedDirection(direction, LocalizedText.english("Cultural events")))));
		InitiativeId shortHistory = initiative(protocol, direction, SHORT_HISTORY);
		InitiativeId longHistory = initiative(protocol, direction, LONG_HISTORY);

		// Warms up the JIT, the pool and the tables before anything is measured.
		medianMillis(shortHistory, true);
		medianMillis(longHistory, true);

		double shortWith = medianMillis(shortHistory, true);
		double longWith = medianMillis(longHistory, true);
		double shortWithout = medianMillis(shortHistory, false);
		double longWithout = medianMillis(longHistory, false);
		System.out.printf(
				"%nP5 write latency (progress report), median of %d writes%n%14s %10s %10s %8s%n"
						+ "%14s %10.1f %10.1f %8.2f%n%14s %10.1f %10.1f %8.2f%n",
				WRITES, "snapshots", SHORT_HISTORY + " ev (ms)", LONG_HISTORY + " ev (ms)", "ratio", "with", shortWith,
				longWith, longWith / shortWith, "without", shortWithout, longWithout, longWithout / shortWithout);
	}

	/** The median latency of writes on the record, with its snapshots or without. */
	private double medianMillis(InitiativeId initiative, boolean snapshots) {
		double[] millis = new double[WRITES];
		for (int i = 0; i < WRITES; i++) {
			snapshotThreadIdle();
			if (!snapshots) {
				superuser.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", initiative.toString());
			}
			long before = events(initiative);
			long start = System.nanoTime();
			send(new FileProgressReport(initiative, ProgressReportId.random(), Country.KZ, new ProgressPercent(50), DAY,
					"Benchmark", List.of()));
			millis[i] = (System.nanoTime() - start) / 1e6;
			assertThat(events(initiative)).isEqualTo(before + 1);
		}
		Arrays.sort(millis);
		return millis[WRITES / 2];
	}

	private void snapshotThreadIdle() {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(5))
			.until(() -> snapshotThread.executor().getActiveCount() == 0
					&& snapshotThread.executor().getQueue().isEmpty());
	}

	/**
	 * An initiative with that many events: proposed through the command bus, then
	 * progress reports appended straight to the event store, as a long life would have
	 * left them.
	 */
	private InitiativeId initiative(ProtocolId protocol, DirectionId direction, int events) {
		InitiativeId initiative = InitiativeId.random();
		send(new ProposeInitiative(initiative, protocol, direction, InitiativeKind.CULTURAL_CALENDAR,
				LocalizedText.english("Benchmark initiative"), LocalizedText.english("Benchmark"), Country.KZ,
				EnumSet.of(Country.KZ)));
		for (int first = 1; first < events; first += APPENDED_PER_TRANSACTION) {
			List<DomainEventMessage<?>> batch = new ArrayList<>();
			for (int sequence = first; sequence < Math.min(events, first + APPENDED_PER_TRANSACTION); sequence++) {
				batch.add(new GenericDomainEventMessage<>("Initiative", initiative.toString(), sequence,
						new ProgressReported(initiative, ProgressReportId.random(), Country.KZ,
								new ProgressPercent(sequence % 101), DAY, "History " + sequence, List.of()),
						MetaData.from(SYSTEM.toMetaData())));
			}
			transactions.executeWithoutResult((tx) -> storage.appendEvents(batch));
		}
		assertThat(events(initiative)).isEqualTo(events);
		return initiative;
	}

	private long events(InitiativeId initiative) {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
				initiative.toString());
	}

	private void send(Object command) {
		gateway.sendAndWait(
				GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(SYSTEM.toMetaData())));
	}

}
