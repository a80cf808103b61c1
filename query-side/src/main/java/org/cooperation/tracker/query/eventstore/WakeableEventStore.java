package org.cooperation.tracker.query.eventstore;

import java.util.List;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * An embedded event store that can be told new events were appended elsewhere. Axon only
 * wakes its reader after an append in this JVM; the command side appends in another
 * process, so without this the tracking processors would wait out the fetch delay.
 */
public class WakeableEventStore extends EmbeddedEventStore {

	public WakeableEventStore(EmbeddedEventStore.Builder builder) {
		super(builder);
	}

	/**
	 * Makes a waiting reader fetch now. Cheap and safe to call at any time: with nobody
	 * waiting it does nothing.
	 */
	public void wakeUp() {
		afterCommit(List.of());
	}

}
