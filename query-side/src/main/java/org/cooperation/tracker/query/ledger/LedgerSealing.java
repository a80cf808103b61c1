package org.cooperation.tracker.query.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.cooperation.tracker.query.common.BackgroundWorker;

/**
 * Runs the {@link Sealer} on a thread of its own: a batch as soon as the last one sealed
 * something, otherwise a look every poll interval, so an event is sealed well within a
 * second of its commit. Every instance runs one; the sealer's lock lets one seal at a
 * time, and another takes over as soon as the first stops.
 */
class LedgerSealing extends BackgroundWorker {

	private static final Logger log = LoggerFactory.getLogger(LedgerSealing.class);

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final Sealer sealer;

	private final long pollMillis;

	LedgerSealing(Sealer sealer, long pollMillis) {
		// A batch is one transaction: a stop waits for it to commit rather than cut it.
		super("ledger-sealer", 10_000);
		this.sealer = sealer;
		this.pollMillis = pollMillis;
	}

	@Override
	protected void work() {
		long backoff = pollMillis;
		while (isRunning()) {
			try {
				if (sealer.sealBatch().leaves() == 0) {
					pause(pollMillis);
				}
				backoff = pollMillis;
			}
			catch (RuntimeException ex) {
				if (!isRunning()) {
					return;
				}
				// The batch rolled back as a whole; the next one starts from the
				// committed state.
				log.warn("Sealing the event history failed ({}); retrying in {} ms", ex.getMessage(), backoff);
				pause(backoff);
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
	}

}
