package org.cooperation.tracker.query.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cooperation.tracker.query.common.BatchPrefetch;
import org.cooperation.tracker.query.common.WithoutEventSavepoints;
import org.cooperation.tracker.query.eventstore.SharedTokens;
import org.cooperation.tracker.query.live.CommittedChanges;
import org.cooperation.tracker.query.live.ReadModelChange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one replay, on the replay thread, while the live read models keep answering:
 * <ol>
 * <li>builds: empty copies of the chosen read models' tables, filled by their own event
 * handlers from the first event on, {@value #BATCH} events a transaction, with progress
 * written after each;</li>
 * <li>catches up with what was appended meanwhile, until little is left;</li>
 * <li>switches: pauses the chosen live processors (on this instance; another instance's
 * waits on the token rows this locks), and in one transaction brings each rebuilt read
 * model to exactly its live processor's position, compares the two table by table and,
 * when asked, copies the rebuilt rows over the live ones. A reader sees the old read
 * model until that transaction commits and the new one after, never a mixture; the live
 * processors then resume from their unchanged tokens.</li>
 * </ol>
 * Whatever goes wrong, the live read model stays as it was and the rebuilt tables are
 * dropped.
 */
@Component
class ReplayJob {

	/**
	 * Events applied per transaction while building, progress written after each. Each
	 * read model reads its rows for them ahead in a query or two and flushes once, so the
	 * persistence context holds one read model's share of a batch at a time. A thousand
	 * rather than a hundred: the commit and the read-ahead queries are shared by ten
	 * times the events (ReplayBenchmarkTest, 33,202 events: about 3,000 events a second
	 * with 100, 4,500 with 1,000). Building the read models side by side in two threads
	 * gained nothing on two cores (4,408 against 4,715), so one thread builds. No
	 * savepoint is taken per event ({@link WithoutEventSavepoints}): a failing event
	 * fails the replay.
	 */
	static final int BATCH = 1000;

	/** How long the switch waits for the live processors to reach the rebuild. */
	private static final Duration LIVE_CATCH_UP = Duration.ofSeconds(60);

	/**
	 * How long the switch waits for the live processors to stop: a processor finishes its
	 * batch first (Axon interrupts a worker after 5 s), so this is generous; past it the
	 * replay fails rather than wait for ever with the replay lock held.
	 */
	private static final Duration LIVE_STOP = Duration.ofSeconds(30);

	private static final Logger log = LoggerFactory.getLogger(ReplayJob.class);

	private final ShadowTables shadow;

	private final ReadModelComparison comparison;

	private final ReplayRuns runs;

	private final EventStorageEngine events;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	private final EventProcessingConfiguration processing;

	private final SharedTokens sharedTokens;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final BatchPrefetch prefetch;

	private final Clock clock = Clock.systemUTC();

	ReplayJob(ShadowTables shadow, ReadModelComparison comparison, ReplayRuns runs, EventStorageEngine events,
			TransactionTemplate transactions, EntityManager entityManager, EventProcessingConfiguration processing,
			SharedTokens sharedTokens, JdbcTemplate jdbc, ObjectMapper json, BatchPrefetch prefetch) {
		this.shadow = shadow;
		this.comparison = comparison;
		this.runs = runs;
		this.events = events;
		this.transactions = transactions;
		this.entityManager = entityManager;
		this.processing = processing;
		this.sharedTokens = sharedTokens;
		this.jdbc = jdbc;
		this.json = json;
		this.prefetch = prefetch;
	}

	/** The event store's last position, -1 while it is empty or not created yet. */
	long head() {
		if (!Boolean.TRUE
			.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class))) {
			return -1;
		}
		return jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
	}

	/** How many events lie after one position, up to and including another. */
	long eventsBetween(long after, long upTo) {
		if (upTo <= after) {
			return 0;
		}
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex > ? AND globalindex <= ?",
				Long.class, after, upTo);
	}

	/**
	 * Builds, switches and cleans up; returns the replay's last word (done or failed),
	 * which the caller writes as it lets the next replay start
	 * ({@link ReplayLock.Held#releaseAfter}).
	 */
	Consumer<ReplayRuns> run(ReplayRun run, List<ReplayableProjection> projections) {
		Consumer<ReplayRuns> lastWord;
		Set<String> tables = new LinkedHashSet<>();
		projections.forEach((projection) -> tables.addAll(projection.tables()));
		Build build = new Build(run.replayId(), projections, run.eventsTotal());
		try {
			shadow.recreate(tables);
			build.startClock();
			build.applyUpTo(run.headPosition());
			// What was appended meanwhile is applied before the pause, so that the live
			// processors wait for a few events at most.
			for (int round = 0; round < 10; round++) {
				long head = head();
				if (head - build.position() <= BATCH) {
					break;
				}
				build.grow(eventsBetween(build.position(), head));
				build.applyUpTo(head);
			}
			runs.progress(run.replayId(), ReplayState.SWITCHING, build.total, build.done, build.rate());
			List<TrackingEventProcessor> paused = pause(projections, build.position());
			try {
				Comparison compared = WithoutEventSavepoints
					.during(() -> transactions.execute((status) -> switchOver(run, build)));
				Instant finished = clock.instant();
				lastWord = (record) -> record.done(run.replayId(), compared, finished);
				log.info("Replay {} of {} done: {} events at {} a second, {} rows equal, {} differing{}",
						run.replayId(), run.processors(), build.done, build.rate(), compared.rowsEqual(),
						compared.rowsDiffering(), run.switchOver() ? ", switched" : ", compared only");
			}
			finally {
				paused.forEach(TrackingEventProcessor::start);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Replay {} of {} failed", run.replayId(), run.processors(), ex);
			String failure = failure(ex);
			Instant failed = clock.instant();
			lastWord = (record) -> record.failed(run.replayId(), failure, failed);
		}
		finally {
			try {
				shadow.drop(tables);
			}
			catch (RuntimeException ex) {
				log.warn("Replay {}: the rebuilt tables could not be dropped: {}", run.replayId(), ex.getMessage());
			}
		}
		return lastWord;
	}

	/**
	 * Waits until each live read model has come as far as the rebuild in every segment,
	 * whichever instance holds it, then stops the processors this instance runs
	 * (releasing their claims: the switch's transaction holds the token rows against
	 * every other instance).
	 */
	private List<TrackingEventProcessor> pause(List<ReplayableProjection> projections, long position) {
		long deadline = System.nanoTime() + LIVE_CATCH_UP.toNanos();
		List<TrackingEventProcessor> paused = new ArrayList<>();
		List<CompletableFuture<Void>> stopped = new ArrayList<>();
		for (ReplayableProjection projection : projections) {
			TrackingEventProcessor processor = processing
				.eventProcessor(projection.processor(), TrackingEventProcessor.class)
				.orElse(null);
			if (processor == null || !processor.isRunning()) {
				continue;
			}
			while (livePosition(projection.processor()) < position && System.nanoTime() < deadline) {
				sleep(Duration.ofMillis(50));
			}
			// All at once: each takes up to a second to notice, waiting for events.
			stopped.add(processor.shutdownAsync());
			paused.add(processor);
		}
		try {
			CompletableFuture.allOf(stopped.toArray(CompletableFuture[]::new))
				.get(LIVE_STOP.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			paused.forEach(TrackingEventProcessor::start);
			throw new ReplayFailure(
					"the live processors did not stop within " + LIVE_STOP.toSeconds() + " s; replay again later");
		}
		catch (ExecutionException ex) {
			paused.forEach(TrackingEventProcessor::start);
			throw new ReplayFailure("a live processor failed to stop: " + ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			paused.forEach(TrackingEventProcessor::start);
			throw new ReplayFailure("stopped: the query side is shutting down");
		}
		return paused;
	}

	/**
	 * Where the live read model stands in all its segments, -1 before its first token.
	 */
	private long livePosition(String processor) {
		return sharedTokens.positions().getOrDefault(processor, -1L);
	}

	/**
	 * The one transaction of the switch: the live tokens locked, each rebuilt read model
	 * brought to its processor's position, compared and, when asked, copied over the live
	 * one.
	 */
	private Comparison switchOver(ReplayRun run, Build build) {
		jdbc.execute("SET LOCAL lock_timeout = '20s'");
		Map<ReplayableProjection, LivePosition> live = new LinkedHashMap<>();
		long furthest = build.position();
		for (ReplayableProjection projection : build.projections) {
			LivePosition position = new LivePosition(sharedTokens.lock(projection.processor()),
					processing.sequencingPolicy(projection.processor()));
			if (position.lowest() < build.position()) {
				throw new ReplayFailure("the live read model " + projection.processor() + " is at position "
						+ position.lowest() + ", behind the rebuild at " + build.position()
						+ ": it did not catch up within " + LIVE_CATCH_UP.toSeconds() + " s; replay again once it has");
			}
			live.put(projection, position);
			furthest = Math.max(furthest, position.highest());
		}
		List<TrackedEventMessage<?>> since = build.read(build.token, furthest);
		shadow.writeHere();
		for (TrackedEventMessage<?> event : since) {
			live.forEach((projection, position) -> {
				if (position.covers(event)) {
					build.apply(projection, event);
				}
			});
		}
		// Flushed while the search path still leads to the rebuilt tables.
		entityManager.flush();
		entityManager.clear();
		shadow.writeLive();
		List<TableComparison> compared = new ArrayList<>();
		for (ReplayableProjection projection : build.projections) {
			for (String table : projection.tables()) {
				compared.add(comparison.compare(projection.processor(), table));
			}
		}
		if (run.switchOver()) {
			for (TableComparison table : compared) {
				if (!table.identical()) {
					copyOver(table.table());
				}
			}
			announceEverythingChanged();
		}
		return Comparison.of(compared);
	}

	/**
	 * The rebuilt rows replace the live ones, column by column as the live table has
	 * them.
	 */
	private void copyOver(String table) {
		List<String> columns = jdbc.queryForList(
				"SELECT quote_ident(attname) FROM pg_attribute "
						+ "WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
				String.class, shadow.live(table));
		String list = String.join(", ", columns);
		jdbc.update("DELETE FROM " + shadow.live(table));
		jdbc.update("INSERT INTO " + shadow.live(table) + " (" + list + ") SELECT " + list + " FROM "
				+ shadow.shadow(table));
	}

	/**
	 * Every page and kept answer learns at the switch's commit that anything may have
	 * changed, as they learn of a processor's batch.
	 */
	private void announceEverythingChanged() {
		try {
			jdbc.queryForList("SELECT pg_notify(?, ?)", CommittedChanges.CHANNEL,
					json.writeValueAsString(ReadModelChange.ANYTHING));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a read-model change could not be written as JSON", ex);
		}
	}

	private static String failure(RuntimeException ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (ex instanceof ReplayFailure) ? message : ex.getClass().getSimpleName() + ": " + message;
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ReplayFailure("stopped: the query side is shutting down");
		}
	}

	/** The rebuild as it goes: where it stands in the history, and its progress. */
	private final class Build {

		private final UUID replayId;

		private final List<ReplayableProjection> projections;

		private long started = System.nanoTime();

		private long lastBatchEnded = started;

		private TrackingToken token;

		private long total;

		private long done;

		Build(UUID replayId, List<ReplayableProjection> projections, long total) {
			this.replayId = replayId;
			this.projections = projections;
			this.total = total;
		}

		long position() {
			return SharedTokens.position(token);
		}

		/** From here on the events are applied: what the rate counts. */
		void startClock() {
			started = System.nanoTime();
			lastBatchEnded = started;
		}

		void grow(long more) {
			total += more;
		}

		/**
		 * Events a second while building: the switch's pause is not the replay's rate.
		 */
		Double rate() {
			double seconds = (lastBatchEnded - started) / 1e9;
			return (done > 0 && seconds > 0) ? done / seconds : null;
		}

		/** Applies every event after the build's position up to the given one. */
		void applyUpTo(long head) {
			List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
			try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(token, false)) {
				Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
				while (iterator.hasNext()) {
					TrackedEventMessage<?> event = iterator.next();
					if (SharedTokens.position(event.trackingToken()) > head) {
						break;
					}
					batch.add(event);
					if (batch.size() == BATCH) {
						applyBatch(batch);
						batch.clear();
					}
				}
			}
			if (!batch.isEmpty()) {
				applyBatch(batch);
			}
		}

		/** The events after a token, up to and including a position, in order. */
		List<TrackedEventMessage<?>> read(TrackingToken after, long upTo) {
			List<TrackedEventMessage<?>> read = new ArrayList<>();
			try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(after, false)) {
				Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
				while (iterator.hasNext()) {
					TrackedEventMessage<?> event = iterator.next();
					if (SharedTokens.position(event.trackingToken()) > upTo) {
						break;
					}
					read.add(event);
				}
			}
			return read;
		}

		private void applyBatch(List<TrackedEventMessage<?>> batch) {
			if (Thread.currentThread().isInterrupted()) {
				throw new ReplayFailure("stopped: the query side is shutting down");
			}
			WithoutEventSavepoints.during(() -> transactions.execute((status) -> {
				shadow.writeHere();
				// Read model by read model: each reads ahead what the batch touches,
				// applies the batch, and writes it in JDBC batches while the search path
				// still leads to the rebuilt tables; then forgets it. A flush checks
				// every
				// row the persistence context holds, so the context holds one read
				// model's batch at a time (rows kept over the whole replay made it
				// quadratic: 160 events a second).
				for (ReplayableProjection projection : projections) {
					prefetch.prefetch(projection.processor(), batch);
					for (TrackedEventMessage<?> event : batch) {
						apply(projection, event);
					}
					entityManager.flush();
					entityManager.clear();
				}
				return null;
			}));
			token = batch.get(batch.size() - 1).trackingToken();
			done += batch.size();
			lastBatchEnded = System.nanoTime();
			total = Math.max(total, done);
			runs.progress(replayId, ReplayState.BUILDING, total, done, rate());
		}

		void apply(ReplayableProjection projection, TrackedEventMessage<?> event) {
			try {
				projection.apply(event);
			}
			catch (Exception ex) {
				throw new ReplayFailure("the event at position " + SharedTokens.position(event.trackingToken()) + " ("
						+ event.getPayloadType().getSimpleName() + ") failed in " + projection.processor() + ": "
						+ ex.getMessage(), ex);
			}
		}

	}

}
