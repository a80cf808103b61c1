package org.cooperation.tracker.query.replay;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;

/**
 * One read model a replay can rebuild: its processor's name, the tables it writes, and
 * the event handlers its live processor calls, taken from that processor, so a replay
 * applies events exactly as the live read model was built (same handlers, same parameter
 * resolvers).
 *
 * @param processor the processing group's name, as {@code /actuator/projections} shows it
 * @param tables its tables, unqualified
 * @param handlers the live processor's handlers
 */
public record ReplayableProjection(String processor, List<String> tables, List<EventMessageHandler> handlers) {

	public ReplayableProjection {
		tables = List.copyOf(tables);
		handlers = List.copyOf(handlers);
	}

	/**
	 * Applies the event as the processor would, with the handlers that take it; what they
	 * write goes wherever the transaction's search path points.
	 */
	void apply(EventMessage<?> event) throws Exception {
		for (EventMessageHandler handler : handlers) {
			if (handler.canHandle(event)) {
				handler.handle(event);
			}
		}
	}

}
