package org.cooperation.tracker.query.eventstore;

import org.postgresql.PGNotification;

import org.cooperation.tracker.query.common.PostgresListener;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Wakes the event store when the command side appends: a trigger on the event table sends
 * {@code NOTIFY tracker_events} on every committed append, and this component listens.
 * While it cannot (its connection failed and it is opening another), the event store's
 * one-second polling keeps the read models going, only slower.
 */
@Component
public class EventAppendedListener extends PostgresListener {

	/** The channel the command side's trigger notifies. */
	static final String CHANNEL = "tracker_events";

	static final String APPLICATION_NAME = "tracker-query-side-listener";

	private final WakeableEventStore eventStore;

	public EventAppendedListener(WakeableEventStore eventStore, DataSourceProperties dataSource) {
		super(dataSource, CHANNEL, APPLICATION_NAME, "Event-store notifications");
		this.eventStore = eventStore;
	}

	@Override
	protected void listening(boolean again) {
		// Appends made while nobody listened went unannounced: look once now.
		eventStore.wakeUp();
	}

	@Override
	protected void heard(PGNotification[] received) {
		eventStore.wakeUp();
	}

}
