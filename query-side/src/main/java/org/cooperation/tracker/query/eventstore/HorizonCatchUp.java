package org.cooperation.tracker.query.eventstore;

import org.cooperation.tracker.eventstore.ReadHorizon;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks again soon while the read horizon is behind what has been drawn. A processor
 * woken by a commit may find the event it was woken for still below an append in flight;
 * that append's own commit wakes it again, but a rollback announces nothing, and without
 * this the processor would wait out the event store's one-second polling. Checking costs
 * a look at memory; only while behind does it wake the store, every 10 ms.
 */
@Component
class HorizonCatchUp {

	private final ReadHorizon horizon;

	private final WakeableEventStore eventStore;

	HorizonCatchUp(ReadHorizon horizon, WakeableEventStore eventStore) {
		this.horizon = horizon;
		this.eventStore = eventStore;
	}

	@Scheduled(fixedDelay = 10)
	void lookAgainWhileBehind() {
		if (horizon.behind()) {
			eventStore.wakeUp();
		}
	}

}
