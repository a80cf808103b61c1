package org.cooperation.tracker.command.snapshots;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * The event store's engine, giving out a snapshot only once it has been read. Axon reads
 * a snapshot's payload lazily, when the repository builds the record from it, and a
 * payload that fails there fails the command; read here, the failure reaches Axon's event
 * store while it asks for the snapshot, where it is logged and the record replayed from
 * its events instead. A snapshot the code can no longer read (its aggregate changed and
 * its revision was not bumped, or its row was damaged) then costs a longer load, never a
 * refused write. Everything else goes to the engine unchanged.
 */
public final class ReadableSnapshotsOnly implements EventStorageEngine {

	private final EventStorageEngine engine;

	public ReadableSnapshotsOnly(EventStorageEngine engine) {
		this.engine = engine;
	}

	@Override
	public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
		Optional<DomainEventMessage<?>> snapshot = engine.readSnapshot(aggregateIdentifier);
		snapshot.ifPresent(DomainEventMessage::getPayload);
		return snapshot;
	}

	@Override
	public void appendEvents(List<? extends EventMessage<?>> events) {
		engine.appendEvents(events);
	}

	@Override
	public void storeSnapshot(DomainEventMessage<?> snapshot) {
		engine.storeSnapshot(snapshot);
	}

	@Override
	public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
		return engine.readEvents(trackingToken, mayBlock);
	}

	@Override
	public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
		return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
	}

	@Override
	public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
		return engine.lastSequenceNumberFor(aggregateIdentifier);
	}

	@Override
	public TrackingToken createTailToken() {
		return engine.createTailToken();
	}

	@Override
	public TrackingToken createHeadToken() {
		return engine.createHeadToken();
	}

	@Override
	public TrackingToken createTokenAt(Instant dateTime) {
		return engine.createTokenAt(dateTime);
	}

}
