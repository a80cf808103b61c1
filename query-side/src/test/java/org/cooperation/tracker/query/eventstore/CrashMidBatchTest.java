package org.cooperation.tracker.query.eventstore;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

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
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, item 3: a tracking processor's batch dies part-way, after some of its events
 * were handled. The batch is one transaction with the token, so nothing of it may show;
 * after the processors are restarted, every read model must equal a rebuild from scratch:
 * no duplicate rows, no missing effects.
 * <p>
 * The crash is an exception thrown from a handler interceptor at the fifth event of a
 * batch: past the listener error handler, so it fails the batch as a lost connection or a
 * killed process would. It runs after the other Spring tests of this context, since it
 * rebuilds every read model from the event table.
 */
@Order(Integer.MAX_VALUE - 1)
class CrashMidBatchTest extends QuerySideTestBase {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The event of a batch at which the crash strikes: four are handled before it. */
	private static final int CRASH_AT = 5;

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void aBatchThatDiesMidwayLeavesNothingHalfAppliedAndEndsEqualToARebuild() {
		CommandSideTables.createEventTableOnce(database());
		Collection<TrackingEventProcessor> processors = trackingProcessors();
		// Other tests of this context write read-model rows directly, without events;
		// from here on the read models hold only what the events say.
		rebuild(processors);

		Map<String, BatchCrash> crashes = new TreeMap<>();
		List<Registration> registrations = new ArrayList<>();
		for (TrackingEventProcessor processor : processors) {
			BatchCrash crash = new BatchCrash();
			crashes.put(processor.getName(), crash);
			registrations.add(processor.registerHandlerInterceptor(crash));
		}
		try {
			List<GenericDomainEventMessage<?>> morning = aBusyMorning();
			List<String> streamIds = morning.stream()
				.filter((event) -> !(event.getPayload() instanceof ProtocolRecorded
						|| event.getPayload() instanceof DirectionAgreed
						|| event.getPayload() instanceof ProtocolSigned))
				.map(GenericDomainEventMessage::getIdentifier)
				.toList();
			storageEngine.appendEvents(morning);
			await().atMost(PATIENCE)
				.untilAsserted(() -> assertThat(CORE_PROCESSING_GROUPS)
					.allSatisfy((group) -> assertThat(crashes.get(group).handledBeforeCrash()).isNotEmpty()));

			// Read in one snapshot: the history's rows are exactly those of the events up
			// to its committed token; the events handled before the crash left nothing.
			String history = ParticipationHistoryProjection.PROCESSING_GROUP;
			Snapshot stuck = snapshot(history, streamIds);
			assertThat(stuck.rowsFrom()).as("stream events with history rows")
				.isEqualTo(stuck.committed())
				.doesNotContainAnyElementsOf(crashes.get(history).handledBeforeCrash());
			for (String group : CORE_PROCESSING_GROUPS) {
				long committed = position(processing.eventProcessor(group, TrackingEventProcessor.class).orElseThrow());
				assertThat(committed).as("%s's position", group).isLessThan(crashes.get(group).firstPositionOfBatch());
			}

			// The restart: the processors stop (as a dying process would), the fault
			// goes away, and they start again from their committed tokens.
			processors.forEach(TrackingEventProcessor::shutDown);
			crashes.values().forEach(BatchCrash::disarm);
			processors.forEach(TrackingEventProcessor::start);
		}
		finally {
			registrations.forEach(Registration::cancel);
			crashes.values().forEach(BatchCrash::disarm);
		}
		awaitCaughtUp(processors);
		Map<String, List<String>> afterTheCrash = readModels();

		rebuild(processors);
		Map<String, List<String>> rebuilt = readModels();

		System.out.printf("crash mid-batch: batches crashed %s; %d read-model tables, %d rows compared%n",
				crashes.entrySet()
					.stream()
					.filter((entry) -> !entry.getValue().handledBeforeCrash().isEmpty())
					.map((entry) -> entry.getKey() + " after " + entry.getValue().handledBeforeCrash().size())
					.toList(),
				rebuilt.size(), rebuilt.values().stream().mapToInt(List::size).sum());
		assertThat(rebuilt.get("rm_participation_history")).as("the stream reached the read models")
			.hasSizeGreaterThanOrEqualTo(45);
		assertThat(afterTheCrash).isEqualTo(rebuilt);
		afterTheCrash.forEach((table, rows) -> assertThat(rows).as("rows of %s", table).doesNotHaveDuplicates());
	}

	/**
	 * Six protocols and fifteen initiatives as a morning of the secretariat's and the
	 * liaisons' work would record them, appended in one transaction so the processors
	 * read them in full batches.
	 */
	private static List<GenericDomainEventMessage<?>> aBusyMorning() {
		List<GenericDomainEventMessage<?>> events = new ArrayList<>();
		List<DirectionId> directions = new ArrayList<>();
		List<ProtocolId> protocols = new ArrayList<>();
		for (int p = 0; p < 6; p++) {
			ProtocolId protocol = ProtocolId.random();
			DirectionId direction = DirectionId.random();
			protocols.add(protocol);
			directions.add(direction);
			String aggregate = protocol.toString();
			events.add(new GenericDomainEventMessage<>("Protocol", aggregate, 0,
					new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
							LocalizedText.english("Meeting " + p),
							List.of(new Party(Country.KZ, PartyRole.MEMBER, null),
									new Party(Country.UZ, PartyRole.MEMBER, null))),
					Fixtures.secretariat()));
			events.add(new GenericDomainEventMessage<>("Protocol", aggregate, 1,
					new DirectionAgreed(protocol, direction, LocalizedText.english("Direction " + p)),
					Fixtures.secretariat()));
			events.add(new GenericDomainEventMessage<>("Protocol", aggregate, 2,
					new ProtocolSigned(protocol, Country.KZ, "Signatory " + p, null, Fixtures.MEETING_DAY),
					Fixtures.secretariat()));
		}
		for (int i = 0; i < 15; i++) {
			InitiativeId initiative = InitiativeId.random();
			String aggregate = initiative.toString();
			Country country = (i % 2 == 0) ? Country.KZ : Country.UZ;
			events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 0,
					new InitiativeProposed(initiative, protocols.get(i % 6), directions.get(i % 6),
							InitiativeKind.OTHER, LocalizedText.english("Initiative " + i), null, country,
							Set.of(Country.KZ, Country.UZ)),
					Fixtures.secretariat()));
			events.add(new GenericDomainEventMessage<>("Initiative", aggregate, 1,
					new ParticipationStatusChanged(initiative, country, ParticipationStatus.PROPOSED,
							ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), "Agreed " + i, List.of()),
					Fixtures.liaison(country, "corr-" + i)));
			events.add(new GenericDomainEventMessage<>(
					"Initiative", aggregate, 2, new ProgressReported(initiative, ProgressReportId.random(), country,
							new ProgressPercent(5 * i), LocalDate.of(2025, 12, 2), null, List.of()),
					Fixtures.liaison(country, "corr-" + i)));
		}
		return events;
	}

	/**
	 * Every rm_ table's rows as text, in order: what a dashboard could ever show.
	 */
	private Map<String, List<String>> readModels() {
		Map<String, List<String>> tables = new TreeMap<>();
		for (String table : jdbc.queryForList(
				"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'rm\\_%'",
				String.class)) {
			tables.put(table, jdbc.queryForList("SELECT r::text FROM " + table + " r ORDER BY 1", String.class));
		}
		return tables;
	}

	/**
	 * The given events that have history rows, and those at or below the history's
	 * committed token, seen in one snapshot of the database.
	 */
	private Snapshot snapshot(String group, List<String> eventIds) {
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		return snapshot.execute((tx) -> {
			Object[] ids = eventIds.toArray(String[]::new);
			// Each segment's committed position: an event is committed when the token of
			// the segment its record falls in has passed it.
			Map<Integer, Long> tokens = new TreeMap<>();
			jdbc.query("SELECT segment, coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1) "
					+ "FROM tokenentry WHERE processorname = ?", (row) -> {
						tokens.put(row.getInt(1), row.getLong(2));
					}, group);
			int[] segments = tokens.keySet().stream().mapToInt(Integer::intValue).toArray();
			Set<String> withRows = Set.copyOf(
					jdbc.queryForList("SELECT DISTINCT event_id FROM rm_participation_history WHERE event_id = ANY(?)",
							String.class, (Object) ids));
			Set<String> committed = new HashSet<>();
			jdbc.query("SELECT eventidentifier, aggregateidentifier, globalindex FROM domainevententry "
					+ "WHERE eventidentifier = ANY(?)", (row) -> {
						String event = row.getString(1);
						int hash = row.getString(2).hashCode();
						long position = row.getLong(3);
						tokens.forEach((segment, passed) -> {
							if (Segment.computeSegment(segment, segments).matches(hash) && position <= passed) {
								committed.add(event);
							}
						});
					}, (Object) ids);
			return new Snapshot(withRows, committed);
		});
	}

	private record Snapshot(Set<String> rowsFrom, Set<String> committed) {
	}

	private Collection<TrackingEventProcessor> trackingProcessors() {
		return processing.eventProcessors()
			.values()
			.stream()
			.filter(TrackingEventProcessor.class::isInstance)
			.map(TrackingEventProcessor.class::cast)
			.toList();
	}

	/** Empties every read model through its reset handler and replays all events. */
	private void rebuild(Collection<TrackingEventProcessor> processors) {
		processors.forEach(TrackingEventProcessor::shutDown);
		processors.forEach(TrackingEventProcessor::resetTokens);
		processors.forEach(TrackingEventProcessor::start);
		awaitCaughtUp(processors);
	}

	private void awaitCaughtUp(Collection<TrackingEventProcessor> processors) {
		long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
		await().atMost(PATIENCE).conditionEvaluationListener((condition) -> {
			if (condition.getRemainingTimeInMS() <= condition.getPollInterval().toMillis()) {
				processors.forEach((processor) -> System.out.printf("%s running %s error %s status %s (head %d)%n",
						processor.getName(), processor.isRunning(), processor.isError(), processor.processingStatus(),
						head));
			}
		}).until(() -> processors.stream().allMatch((processor) -> caughtUp(processor, head)));
	}

	private static boolean caughtUp(TrackingEventProcessor processor, long head) {
		return processor.isRunning() && !processor.isError() && !processor.processingStatus().isEmpty()
				&& processor.processingStatus()
					.values()
					.stream()
					.allMatch((status) -> status.getCurrentPosition().orElse(-1) >= head);
	}

	private static long position(TrackingEventProcessor processor) {
		return processor.processingStatus()
			.values()
			.stream()
			.map(EventTrackerStatus::getCurrentPosition)
			.mapToLong((position) -> position.orElse(-1))
			.min()
			.orElse(-1);
	}

	/**
	 * Fails a processor's batch at its fifth event and, from then on, every batch at its
	 * first, until disarmed: the processor stays stuck, as behind a fault that persists.
	 * Remembers the events of the first failed batch that were handled before the
	 * failure.
	 */
	private static final class BatchCrash implements MessageHandlerInterceptor<EventMessage<?>> {

		private final Set<String> handledBeforeCrash = ConcurrentHashMap.newKeySet();

		private volatile boolean armed = true;

		private volatile long firstPositionOfBatch = Long.MAX_VALUE;

		/** Whether a thread of the processor has crashed yet: the first one remembers. */
		private final AtomicBoolean crashed = new AtomicBoolean();

		/** Per processor thread: each segment's thread runs batches of its own. */
		private final ThreadLocal<UnitOfWork<?>> batch = new ThreadLocal<>();

		private final ThreadLocal<List<EventMessage<?>>> handledInBatch = ThreadLocal.withInitial(ArrayList::new);

		@Override
		public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
				throws Exception {
			List<EventMessage<?>> handledInBatch = this.handledInBatch.get();
			if (unitOfWork != batch.get()) {
				batch.set(unitOfWork);
				handledInBatch.clear();
			}
			if (armed && (firstPositionOfBatch != Long.MAX_VALUE || handledInBatch.size() == CRASH_AT - 1)) {
				if (crashesFirst()) {
					firstPositionOfBatch = handledInBatch.stream()
						.filter(TrackedEventMessage.class::isInstance)
						.mapToLong((event) -> ((TrackedEventMessage<?>) event).trackingToken().position().orElse(-1))
						.min()
						.orElse(Long.MAX_VALUE);
					handledInBatch.forEach((event) -> handledBeforeCrash.add(event.getIdentifier()));
				}
				throw new IllegalStateException("simulated crash in the middle of a batch");
			}
			handledInBatch.add(unitOfWork.getMessage());
			return chain.proceed();
		}

		private boolean crashesFirst() {
			return crashed.compareAndSet(false, true);
		}

		Set<String> handledBeforeCrash() {
			return handledBeforeCrash;
		}

		long firstPositionOfBatch() {
			return firstPositionOfBatch;
		}

		void disarm() {
			armed = false;
		}

	}

}
