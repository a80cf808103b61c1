package org.cooperation.tracker.query.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.deadletter.DeadLetters;
import org.cooperation.tracker.query.eventstore.SharedTokens;

/**
 * Reads every tracking processor's status and compares its position with the event
 * store's head. The position is the read model's, in all its segments (several instances
 * may share them); running and errors are this instance's. A reading is kept for a
 * second, so metrics scrapes, probes and the endpoint together cost the database a few
 * small queries per second at most.
 */
@Component
public class ProjectionHealth {

	private static final Duration KEPT_FOR = Duration.ofSeconds(1);

	/**
	 * The head when the database does not answer: the figures that need it are then shown
	 * as -1 without asking again, so a probe never waits out one connection timeout per
	 * processor.
	 */
	private static final long UNREACHABLE = Long.MIN_VALUE;

	private final EventProcessingConfiguration processing;

	private final DeadLetters deadLetters;

	private final JdbcTemplate jdbc;

	private final SharedTokens tokens;

	private final Clock clock;

	private volatile Reading last;

	public ProjectionHealth(EventProcessingConfiguration processing, DeadLetters deadLetters, JdbcTemplate jdbc,
			SharedTokens tokens) {
		this.processing = processing;
		this.deadLetters = deadLetters;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.clock = Clock.systemUTC();
	}

	/** Every projection's state, sorted by name. */
	public List<ProjectionState> projections() {
		Instant now = clock.instant();
		Reading reading = last;
		if (reading == null || reading.at().plus(KEPT_FOR).isBefore(now)) {
			reading = new Reading(now, read(now));
			last = reading;
		}
		return reading.states();
	}

	/** Forgets the kept reading; for tests that change what they read. */
	public void refresh() {
		last = null;
	}

	private List<ProjectionState> read(Instant now) {
		long head = head();
		Map<String, Long> positions = sharedPositions();
		List<ProjectionState> states = new ArrayList<>();
		processing.eventProcessors()
			.keySet()
			.stream()
			.sorted()
			.forEach(name -> processing.eventProcessor(name, TrackingEventProcessor.class)
				.ifPresent(processor -> states.add(state(name, processor, positions.get(name), head, now))));
		return List.copyOf(states);
	}

	/**
	 * Each read model's position in all its segments, whichever instances hold them:
	 * empty when the tokens cannot be read, and this instance's own segments are shown.
	 */
	private Map<String, Long> sharedPositions() {
		try {
			return tokens.positions();
		}
		catch (DataAccessException ex) {
			return Map.of();
		}
	}

	private ProjectionState state(String name, TrackingEventProcessor processor, Long shared, long head, Instant now) {
		Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
		boolean error = processor.isError() || segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
		String lastError = segments.values()
			.stream()
			.map(EventTrackerStatus::getError)
			.filter(failure -> failure != null)
			.findFirst()
			.map(failure -> failure.getClass().getSimpleName() + ": " + failure.getMessage())
			.orElse(null);
		long position = (shared != null) ? shared
				: segments.values()
					.stream()
					.mapToLong(status -> status.getCurrentPosition().orElse(-1L))
					.min()
					.orElse(-1L);
		if (head == UNREACHABLE) {
			return new ProjectionState(name, processor.isRunning(), error, lastError, position, -1, -1, -1, -1);
		}
		long lagEvents = 0;
		long lagSeconds = 0;
		if (head > position) {
			lagEvents = countAfter(position);
			lagSeconds = ageOfFirstAfter(position, now);
		}
		long parked = parked(name);
		return new ProjectionState(name, processor.isRunning(), error, lastError, position, head, lagEvents, lagSeconds,
				parked);
	}

	private long parked(String name) {
		try {
			return deadLetters.parkedIn(name);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	/** -1 when the store is empty or not created yet. */
	private long head() {
		try {
			// The command side creates the table; until then there is nothing to lag
			// behind.
			if (!Boolean.TRUE
				.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class))) {
				return -1;
			}
			Long head = jdbc.queryForObject("SELECT coalesce(max(globalindex), -1) FROM domainevententry", Long.class);
			return (head != null) ? head : -1;
		}
		catch (DataAccessException ex) {
			return UNREACHABLE;
		}
	}

	private long countAfter(long position) {
		try {
			Long count = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex > ?", Long.class,
					position);
			return (count != null) ? count : 0;
		}
		catch (DataAccessException ex) {
			return -1;
		}
	}

	private long ageOfFirstAfter(long position, Instant now) {
		try {
			List<String> stamps = jdbc.queryForList(
					"SELECT timestamp FROM domainevententry WHERE globalindex > ? ORDER BY globalindex LIMIT 1",
					String.class, position);
			if (stamps.isEmpty()) {
				return 0;
			}
			return Math.max(0, Duration.between(Instant.parse(stamps.get(0)), now).toSeconds());
		}
		catch (DataAccessException | java.time.format.DateTimeParseException ex) {
			return -1;
		}
	}

	private record Reading(Instant at, List<ProjectionState> states) {
	}

}
