package org.cooperation.tracker.query.eventstore;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares each processor's segments out among the live query-side instances.
 * <p>
 * Axon's claims alone keep a segment with whoever claimed it first: an instance started
 * alone claims every segment, and one started after it would find none free. So every
 * instance writes a heartbeat row every second ({@code query_instance}, under the name
 * Axon writes as its claims' owner) and counts the instances seen within
 * {@link #ALIVE_WITHIN_SECONDS}; holding more of a processor's segments than its fair
 * share (the segments divided by the instances, rounded up), it releases the extra ones
 * for {@link #RELEASED_FOR_SECONDS}, long enough for another instance's idle thread to
 * claim them. An instance at or below its share never releases, so the shares settle and
 * do not swap back and forth.
 * <p>
 * It also splits the processors of a database from before segments to the configured
 * count ({@link #splitWhenHeldWhole}).
 * <p>
 * An instance counts as alive for less time than a claim lasts (5 s): by the time a
 * killed instance's claims expire and a survivor takes its segments, the survivor no
 * longer counts it, and keeps them. PostgreSQL is the only thing the instances share;
 * there is no membership protocol to run or configure.
 */
@Component
class FairShareOfSegments {

	static final int ALIVE_WITHIN_SECONDS = 3;

	static final int RELEASED_FOR_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(FairShareOfSegments.class);

	/** Axon's JDBC token store writes this as a claim's owner unless told otherwise. */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName();

	private final EventProcessingConfiguration processing;

	private final JdbcTemplate jdbc;

	private final int segmentsWanted;

	/** Splits asked of Axon and not yet done: one at a time per processor. */
	private final Map<String, CompletableFuture<Boolean>> splitting = new ConcurrentHashMap<>();

	FairShareOfSegments(EventProcessingConfiguration processing, JdbcTemplate jdbc,
			@Value("${tracker.processors.segments:2}") int segmentsWanted) {
		this.processing = processing;
		this.jdbc = jdbc;
		this.segmentsWanted = segmentsWanted;
	}

	@Scheduled(fixedDelayString = "${tracker.processors.heartbeat-every:PT1S}")
	void shareSegments() {
		int instances;
		Map<String, Integer> segments;
		try {
			jdbc.update("INSERT INTO query_instance (instance, seen_at) VALUES (?, now()) "
					+ "ON CONFLICT (instance) DO UPDATE SET seen_at = now()", instance);
			// Instances gone for a day are forgotten: the table stays a few rows long.
			jdbc.update("DELETE FROM query_instance WHERE seen_at < now() - interval '1 day'");
			instances = jdbc.queryForObject(
					"SELECT count(*) FROM query_instance WHERE seen_at > now() - make_interval(secs => ?)",
					Integer.class, ALIVE_WITHIN_SECONDS);
			segments = segmentsByProcessor();
		}
		catch (DataAccessException ex) {
			// The database is away: the processors stop on their own, and the claims
			// lapse.
			return;
		}
		segments.forEach((name, count) -> processing.eventProcessor(name, TrackingEventProcessor.class)
			.ifPresent((processor) -> {
				if (count < segmentsWanted) {
					splitWhenHeldWhole(name, processor, count);
				}
				else if (instances > 1) {
					releaseBeyondShare(name, processor, count, instances);
				}
			}));
	}

	/**
	 * A processor whose tokens predate the segment count (Axon splits only when it
	 * creates the first token) is split, one segment in two, by the instance that holds
	 * all of it, until it has {@code tracker.processors.segments}: both halves start from
	 * the token they split, so nothing is skipped or applied twice.
	 */
	private void splitWhenHeldWhole(String name, TrackingEventProcessor processor, int segments) {
		CompletableFuture<Boolean> pending = splitting.get(name);
		List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
		if ((pending != null && !pending.isDone()) || held.size() != segments) {
			return;
		}
		log.info("Processor {}: splitting segment {} to run on {} segments", name, held.get(0), segments + 1);
		splitting.put(name, processor.splitSegment(held.get(0)));
	}

	private void releaseBeyondShare(String name, TrackingEventProcessor processor, int segments, int instances) {
		int share = (segments + instances - 1) / instances;
		List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
		for (int segment : held.subList(Math.min(share, held.size()), held.size())) {
			log.info("Processor {}: releasing segment {} of {} to one of the other {} instance(s)", name, segment,
					segments, instances - 1);
			processor.releaseSegment(segment, RELEASED_FOR_SECONDS, TimeUnit.SECONDS);
		}
	}

	private Map<String, Integer> segmentsByProcessor() {
		return jdbc.query("SELECT processorname, count(*) FROM tokenentry GROUP BY processorname", (rows) -> {
			Map<String, Integer> counts = new HashMap<>();
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getInt(2));
			}
			return counts;
		});
	}

	/** Leaves at once on a graceful stop, so the others take a fair share sooner. */
	@PreDestroy
	void leave() {
		try {
			jdbc.update("DELETE FROM query_instance WHERE instance = ?", instance);
		}
		catch (DataAccessException ex) {
			// Forgotten after ALIVE_WITHIN_SECONDS anyway.
		}
	}

}
