package org.cooperation.tracker.query.common;

import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.EventMessage;

/**
 * A projection that reads, before a batch of events, the rows the batch will touch, in a
 * query or two for the whole batch ({@link ReadModelRepository#prefetch}) rather than a
 * select per event: in a catch-up or a replay most of a batch's time was those selects'
 * round trips. Its event handlers stay as they are, and stay right without it (an event
 * applied alone still looks its rows up one by one).
 */
public interface PrefetchingProjection {

	/** Reads the rows these events will touch; changes nothing. */
	void prefetch(List<? extends EventMessage<?>> events);

	/**
	 * The events whose payload is one of these types and can be read, without reading any
	 * other's payload. One that cannot be read is left to its handler, whose failure
	 * parks it as that event's own; reading ahead must not fail the batch for it.
	 */
	static Stream<EventMessage<?>> ofTypes(List<? extends EventMessage<?>> events, Class<?>... types) {
		return events.stream().filter((event) -> {
			for (Class<?> type : types) {
				if (type.isAssignableFrom(event.getPayloadType())) {
					return readable(event);
				}
			}
			return false;
		}).map((event) -> (EventMessage<?>) event);
	}

	private static boolean readable(EventMessage<?> event) {
		try {
			event.getPayload();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
