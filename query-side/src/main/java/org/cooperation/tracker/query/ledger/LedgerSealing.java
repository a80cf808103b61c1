package org.cooperation.tracker.query.ledger;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link Sealer} on a thread of its own: a batch as soon as the last one sealed
 * something, otherwise a look every poll interval, so an event is sealed well within a
 * second of its commit. Every instance runs one; the sealer's lock lets one seal at a
 * time, and another takes over as soon as the first stops.
 */
class LedgerSealing implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LedgerSealing.class);

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final Sealer sealer;

	private final long pollMillis;

	private volatile boolean running;

	private volatile CountDownLatch stopSignal = new CountDownLatch(0);

	private Thread thread;

	LedgerSealing(Sealer sealer, long pollMillis) {
		this.sealer = sealer;
		this.pollMillis = pollMillis;
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		stopSignal = new CountDownLatch(1);
		thread = new Thread(this::sealUntilStopped, "ledger-sealer");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		if (!running) {
			return;
		}
		running = false;
		stopSignal.countDown();
		try {
			thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void sealUntilStopped() {
		long backoff = pollMillis;
		while (running) {
			try {
				if (sealer.sealBatch().leaves() == 0) {
					await(pollMillis);
				}
				backoff = pollMillis;
			}
			catch (RuntimeException ex) {
				if (!running) {
					return;
				}
				// The batch rolled back as a whole; the next one starts from the
				// committed state.
				log.warn("Sealing the event history failed ({}); retrying in {} ms", ex.getMessage(), backoff);
				await(backoff);
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
	}

	private void await(long millis) {
		try {
			stopSignal.await(millis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
