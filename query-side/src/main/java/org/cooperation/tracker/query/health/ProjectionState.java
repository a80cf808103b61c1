package org.cooperation.tracker.query.health;

/**
 * Where one projection (tracking processor) stands.
 *
 * @param processor the processor's (and read model's) name
 * @param running whether it is started
 * @param error whether its last batch failed (it retries with back-off)
 * @param lastError the failure's type and message, when in error
 * @param position the global index of the last event it applied, -1 before the first
 * @param head the event store's highest global index, -1 when empty or unknown
 * @param lagEvents stored events it has not applied yet
 * @param lagSeconds age of the oldest event it has not applied yet, 0 when caught up
 * @param parkedEvents events it failed on, parked as dead letters
 */
public record ProjectionState(String processor, boolean running, boolean error, String lastError, long position,
		long head, long lagEvents, long lagSeconds, long parkedEvents) {

	/** Keeping up: running and not failing. Parked events do not count against it. */
	public boolean healthy() {
		return running && !error;
	}

}
