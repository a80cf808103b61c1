package org.cooperation.tracker.command.idempotency;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;

/**
 * Lets one request per key at a time into its database transaction in this process. The
 * key's primary key in PostgreSQL already makes a concurrent duplicate wait, and does so
 * across any number of command-side instances; queueing here first keeps a burst of
 * retries from holding one pooled connection each while they wait.
 */
class KeysInFlight {

	private final ConcurrentHashMap<IdempotencyKey, CountDownLatch> running = new ConcurrentHashMap<>();

	/** Work that answers a request. */
	interface Answering {

		void run() throws IOException, ServletException;

	}

	/**
	 * Runs the work once no other request under the same key runs here.
	 * @throws KeyStillInUse when the other one outlasts the patience
	 */
	void oneAtATime(IdempotencyKey key, Duration patience, Answering work) throws IOException, ServletException {
		long deadline = System.nanoTime() + patience.toNanos();
		CountDownLatch mine = new CountDownLatch(1);
		CountDownLatch earlier;
		while ((earlier = running.putIfAbsent(key, mine)) != null) {
			if (!awaitUntil(earlier, deadline)) {
				throw new KeyStillInUse(key, null);
			}
		}
		try {
			work.run();
		}
		finally {
			running.remove(key, mine);
			mine.countDown();
		}
	}

	private static boolean awaitUntil(CountDownLatch done, long deadline) {
		try {
			long left = deadline - System.nanoTime();
			return left > 0 && done.await(left, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
