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
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 5, item 1: concurrent writers, one of which holds its transaction open past the
 * readers' gap timeout, and a tracking processor configured as the query side's (Axon's
 * JDBC engine, batches of 50) that must apply every stored event exactly once.
 * <p>
 * Each round, a slow writer appends first and then keeps its transaction open for 1.3 to
 * 1.7 gap timeouts. Four more writers each apply their event at the start of the round (a
 * command handler stamps the event then) and reach their append after a random 0 to 1.5
 * gap timeouts, as a command does that waits for an aggregate's lock or a slow network.
 * With Axon's own appends, a writer that commits above the slow one's open position with
 * an event older than the gap timeout makes the reader give up that position, and the
 * slow event, committed a moment later, is never applied. With commit-ordered appends the
 * later writers wait for the slow one, so no position commits behind one already passed.
 * <p>
 * Both modes run the same body; Axon's defaults are expected to lose events, which
 * documents the failure the ordering prevents. The gap timeout is cut from 60 s to 300 ms
 * so a run takes seconds.
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

	@ParameterizedTest(name = "commit-ordered appends: {0}")
	@ValueSource(booleans = { true, false })
	void everyStoredEventIsAppliedExactlyOnce(boolean commitOrdered) throws Exception {
		EventStorageEngine writers = engine().appendEvents(EventStoreConfiguration.appends(commitOrdered, lockWait))
			.build();
		Map<String, AtomicInteger> applied = new ConcurrentHashMap<>();
		TrackingEventProcessor reader = readerLikeTheQuerySide("gap-watch-" + commitOrdered, applied);
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
		// Every writer has committed, so with ordered appends a gap still in the token is
		// filled on the next read. With Axon's own appends a gap may stay open (and the
		// event behind it unapplied) for as long as the reader keeps it: there, reaching
		// the
		// head is all the reader will do.
		await().atMost(Duration.ofSeconds(60))
			.until(() -> commitOrdered ? caughtUpWithoutGaps(reader, head) : caughtUp(reader, head));
		reader.shutDown();

		Set<String> skipped = stored.stream().filter((id) -> !applied.containsKey(id)).collect(Collectors.toSet());
		long duplicated = applied.values().stream().filter((count) -> count.get() > 1).count();
		System.out.printf(
				"gap stress (commit-ordered appends: %s, seed %d): rounds %d, events written %d, stored %d, "
						+ "applied %d, skipped %d, duplicated %d%n",
				commitOrdered, seed, ROUNDS, written.size(), stored.size(), applied.size(), skipped.size(), duplicated);

		assertThat(stored).as("every writer committed").hasSize(written.size());
		assertThat(duplicated).as("events applied twice").isZero();
		if (commitOrdered) {
			assertThat(skipped).as("events the reader skipped").isEmpty();
		}
		else {
			assertThat(skipped).as("Axon's own appends lose events to the gap timeout (AxonFramework #4829)")
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
	 * The reading half as the query side builds it: Axon's JDBC engine with its default
	 * gap settings except the timeout, an embedded event store, and a single-threaded
	 * tracking processor taking batches of 50. It starts at the head, so only this run's
	 * events count.
	 */
	private TrackingEventProcessor readerLikeTheQuerySide(String name, Map<String, AtomicInteger> applied) {
		EmbeddedEventStore store = EmbeddedEventStore.builder()
			.storageEngine(engine().gapTimeout((int) GAP_TIMEOUT.toMillis()).build())
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
