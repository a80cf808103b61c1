package org.cooperation.tracker.query.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Reads the event table as empty until it exists. The command side creates that table,
 * and the query side may well start first: without this, every tracking processor would
 * fail, back off for up to a minute and log stack traces, and the first events would
 * reach the read models late. Once the table has been seen, every call goes straight
 * through.
 */
@RequiredArgsConstructor
class EventTableAwaitingStorageEngine implements EventStorageEngine {

	private static final Logger log = LoggerFactory.getLogger(EventTableAwaitingStorageEngine.class);

	private final EventStorageEngine delegate;

	private final JdbcOperations jdbc;

	private final String eventTable;

	private volatile boolean tableSeen;

	private volatile boolean absenceReported;

	@Override
	public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
		return eventTableExists() ? delegate.readEvents(trackingToken, mayBlock) : Stream.empty();
	}

	@Override
	public TrackingToken createTailToken() {
		return eventTableExists() ? delegate.createTailToken() : null;
	}

	@Override
	public TrackingToken createHeadToken() {
		return eventTableExists() ? delegate.createHeadToken() : null;
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		return eventTableExists() ? delegate.createTokenAt(dateTime) : null;
	}

	@Override
	public void appendEvents(List<? extends EventMessage<?>> events) {
		delegate.appendEvents(events);
	}

	@Override
	public void storeSnapshot(DomainEventMessage<?> snapshot) {
		delegate.storeSnapshot(snapshot);
	}

	@Override
	public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
		return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
	}

	@Override
	public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
		return delegate.readSnapshot(aggregateIdentifier);
	}

	@Override
	public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
		return delegate.lastSequenceNumberFor(aggregateIdentifier);
	}

	boolean eventTableExists() {
		if (tableSeen) {
			return true;
		}
		// to_regclass folds the unquoted name as PostgreSQL does for the engine's own
		// SQL,
		// and answers null instead of failing the surrounding transaction.
		Boolean exists = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, eventTable);
		if (Boolean.TRUE.equals(exists)) {
			tableSeen = true;
			if (absenceReported) {
				log.info("Event table {} now exists; the read models catch up", eventTable);
			}
			return true;
		}
		if (!absenceReported) {
			absenceReported = true;
			log.info("Event table {} does not exist yet; the read models wait until the command side creates it",
					eventTable);
		}
		return false;
	}

}
