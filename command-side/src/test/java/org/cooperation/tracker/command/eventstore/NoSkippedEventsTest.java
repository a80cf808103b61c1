package org.cooperation.tracker.command.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.eventstore.HorizonReads;
import org.cooperation.tracker.eventstore.ReadHorizon;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, item 1, and issue 13, item 2: concurrent writers, one of which holds its
 * transaction open past the readers' gap timeout, and a tracking processor reading as the
 * query side reads (Axon's JDBC engine bounded by the {@link ReadHorizon}, batches of 50)
 * that must apply every stored event exactly once.
 * <p>
 * Each round, a slow writer appends first and then keeps its transaction open for 1.3 to
 * 1.7 gap timeouts. Four more writers each apply their event at the start of the round (a
 * command handler stamps the event then) and reach their append after a random 0 to 1.5
 * gap timeouts, as a command does that waits for an aggregate's lock or a slow network.
 * With Axon's own reader, a writer that commits above the slow one's open position with
 * an event older than the gap timeout makes the reader give up that position, and the
 * slow event, committed a moment later, is never applied. The horizon keeps the reader
 * below the slow writer's position until it commits, whether the writers append
 * concurrently (the default) or one at a time behind the advisory lock (the former
 * design).
 * <p>
 * The three modes run the same body; Axon's own reader behind concurrent appends is
 * expected to lose events, which documents the failure the horizon prevents. The gap
 * timeout is cut from 60 s to 300 ms so a run takes seconds.
 */
class NoSkippedEventsTest extends StorageEngineTest {

	private static final Duration GAP_TIMEOUT = Duration.ofMillis(300);

	private static final int ROUNDS = 20;

	private static final int OTHER_WRITERS = 4;

	/** Roughly how soon the query side's NOTIFY wakes its reader after a commit. */
	private static final long READER_FETCH_DELAY_MILLIS = 20;

	@Autowired
	ConnectionProvider connections;

	@Autowired
	TransactionManager axonTransactions;

	@Autowired
	TransactionTemplate transactions;

	/** How the writers append and how the reader reads. */
	enum Mode {

		CONCURRENT_APPENDS_HORIZON_READER(false, true), COMMIT_ORDERED_APPENDS_HORIZON_READER(true, true),
		CONCURRENT_APPENDS_AXON_READER(false, false);

		final boolean commitOrdered;

		final boolean horizon;

		Mode(boolean commitOrdered, boolean horizon) {
			this.commitOrdered = commitOrdered;
			this.horizon = horizon;
		}

	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Mode.class)
	void everyStoredEventIsAppliedExactlyOnce(Mode mode) throws Exception {
		EventStorageEngine writers = engine()
			.appendEvents(EventStoreConfiguration.appends(mode.commitOrdered, lockWait))
			.build();
		Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
		TrackingEventProcessor reader = readerLikeTheQuerySide("gap-watch-" + mode, mode.horizon, applied);
		reader.start();
		await().atMost(Duration.ofSeconds(60)).until(() -> !reader.processingStatus().isEmpty());

		long seed = System.nanoTime();
		Random random = new Random(seed);
		List<String> written = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(OTHER_WRITERS + 1);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				written.addAll(playRound(writers, pool, random));
			}
		}
		finally {
			pool.shutdownNow();
		}

		Set<String> stored = Set
			.copyOf(jdbc.queryForList("SELECT eventidentifier FROM domainevententry WHERE eventidentifier = ANY(?)",
					String.class, (Object) written.toArray(String[]::new)));
		long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
		// Every writer has committed, so behind the horizon the reader reaches the head
		// with no gap left. Axon's own reader may keep a gap open (and the event behind
		// it
		// unapplied) for as long as it keeps the gap: there, reaching the head is all it
		// will do.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> mode.horizon ? caughtUpWithoutGaps(reader, head) : caughtUp(reader, head));
		reader.shutDown();

		Set<String> skipped = stored.stream().filter((id) -> !applied.containsKey(id)).collect(Collectors.toSet());
		long duplicated = applied.values().stream().filter((count) -> count.get() > 1).count();
		System.out.printf(
				"gap stress (%s, seed %d): rounds %d, events written %d, stored %d, "
						+ "applied %d, skipped %d, duplicated %d%n",
				mode, seed, ROUNDS, written.size(), stored.size(), applied.size(), skipped.size(), duplicated);

		assertThat(stored).as("every writer committed").hasSize(written.size());
		assertThat(duplicated).as("events applied twice").isZero();
		if (mode.horizon) {
			assertThat(skipped).as("events the reader skipped").isEmpty();
		}
		else {
			assertThat(skipped).as("Axon's own reader loses events to the gap timeout (AxonFramework #4829)")
				.isNotEmpty();
		}
	}

	private List<String> playRound(EventStorageEngine writers, ExecutorService pool, Random random) throws Exception {
		long gap = GAP_TIMEOUT.toMillis();
		List<Future<?>> commits = new ArrayList<>();
		List<String> ids = new ArrayList<>();

		GenericDomainEventMessage<DirectionAgreed> slowEvent = event();
		ids.add(slowEvent.getIdentifier());
		long hold = gap * 13 / 10 + random.nextInt((int) (gap * 4 / 10));
		CountDownLatch slowAppended = new CountDownLatch(1);
		commits.add(pool.submit(() -> transactions.executeWithoutResult((tx) -> {
			writers.appendEvents(slowEvent);
			slowAppended.countDown();
			pause(hold);
		})));
		assertThat(slowAppended.await(30, TimeUnit.SECONDS)).isTrue();

		for (int i = 0; i < OTHER_WRITERS; i++) {
			GenericDomainEventMessage<DirectionAgreed> otherEvent = event();
			ids.add(otherEvent.getIdentifier());
			long before = random.nextInt((int) (gap * 15 / 10));
			commits.add(pool.submit(() -> {
				pause(before);
				transactions.executeWithoutResult((tx) -> writers.appendEvents(otherEvent));
			}));
		}
		for (Future<?> commit : commits) {
			commit.get(60, TimeUnit.SECONDS);
		}
		return ids;
	}

	/**
	 * The reading half as the query side builds it: Axon's JDBC engine bounded by the
	 * horizon (or not, for Axon's own reader) with its default gap settings except the
	 * timeout, an embedded event store, and a single-threaded tracking processor taking
	 * batches of 50. It starts at the head, so only this run's events count.
	 */
	private TrackingEventProcessor readerLikeTheQuerySide(String name, boolean horizon,
			Map<String, AtomicInteger> applied) {
		JdbcEventStorageEngine.Builder engine = engine().gapTimeout((int) GAP_TIMEOUT.toMillis());
		if (horizon) {
			engine = HorizonReads.boundedBy(engine, new ReadHorizon(ReadHorizon.GLOBAL_INDEX_SEQUENCE));
		}
		EmbeddedEventStore store = EmbeddedEventStore.builder()
			.storageEngine(engine.build())
			.fetchDelay(READER_FETCH_DELAY_MILLIS)
			.build();
		EventMessageHandler recorder = new EventMessageHandler() {
			@Override
			public Object handle(EventMessage<?> event) {
				applied.computeIfAbsent(event.getIdentifier(), (id) -> new AtomicInteger()).incrementAndGet();
				return null;
			}
		};
		return TrackingEventProcessor.builder()
			.name(name)
			.eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(recorder).build())
			.messageSource(store)
			.tokenStore(new InMemoryTokenStore())
			.transactionManager(NoTransactionManager.INSTANCE)
			.trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
				.andBatchSize(50)
				.andInitialTrackingToken(StreamableMessageSource::createHeadToken))
			.build();
	}

	private JdbcEventStorageEngine.Builder engine() {
		return engineLikeTheApplications().connectionProvider(connections).transactionManager(axonTransactions);
	}

	private static boolean caughtUp(TrackingEventProcessor reader, long head) {
		return reader.processingStatus()
			.values()
			.stream()
			.map(EventTrackerStatus::getTrackingToken)
			.allMatch((token) -> token instanceof GapAwareTrackingToken gapAware && gapAware.getIndex() >= head);
	}

	private static boolean caughtUpWithoutGaps(TrackingEventProcessor reader, long head) {
		return reader.processingStatus()
			.values()
			.stream()
			.map(EventTrackerStatus::getTrackingToken)
			.allMatch((token) -> token instanceof GapAwareTrackingToken gapAware && gapAware.getIndex() >= head
					&& gapAware.getGaps().isEmpty());
	}

	private static GenericDomainEventMessage<DirectionAgreed> event() {
		ProtocolId protocol = ProtocolId.random();
		return new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
				new DirectionAgreed(protocol, DirectionId.random(), LocalizedText.english("Direction")));
	}

	/**
	 * The test is about time passing inside transactions, so here it really passes: a
	 * sleep, not a wait for a condition, which would be Awaitility's (as in
	 * {@link #caughtUp}).
	 */
	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
