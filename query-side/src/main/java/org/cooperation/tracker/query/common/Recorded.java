package org.cooperation.tracker.query.common;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * What every projection asks of an event besides its payload: the aggregate sequence that
 * orders it within its record (and makes a redelivery harmless), when it was recorded,
 * and who recorded it. An event handler declares one parameter of this type instead of
 * three ({@code @SequenceNumber}, {@code @Timestamp} and the metadata);
 * {@link RecordedResolver} fills it in.
 *
 * @param sequence the event's sequence within its aggregate, or -1 for an event that
 * belongs to no aggregate
 * @param at when the event was recorded
 * @param provenance who recorded it and whether it is demo data
 */
public record Recorded(long sequence, Instant at, Provenance provenance) {

	public static Recorded of(EventMessage<?> event) {
		long sequence = (event instanceof DomainEventMessage<?> domainEvent) ? domainEvent.getSequenceNumber() : -1;
		return new Recorded(sequence, event.getTimestamp(), Provenance.of(event.getMetaData()));
	}

	/** True when the demo data loader wrote the event. */
	public boolean sample() {
		return provenance.sample();
	}

}
