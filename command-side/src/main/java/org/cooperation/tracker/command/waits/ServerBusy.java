package org.cooperation.tracker.command.waits;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.axonframework.common.lock.LockAcquisitionFailedException;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * A request that could not get what it shares with others within its bounded wait: a
 * pooled connection, its record's lock ({@link BoundedWaits}) or the event store's append
 * lock (PostgreSQL's lock_timeout). The database is up and nothing was stored; the answer
 * is 503 with Retry-After, and a retry with the same Idempotency-Key runs afresh.
 */
public final class ServerBusy {

	/** What the answer tells the client to wait, in seconds. */
	public static final int RETRY_AFTER_SECONDS = DatabaseUnavailable.BUSY_RETRY_AFTER_SECONDS;

	/** The detail of every busy answer to a write, as the bundles word it. */
	public static final Phrase PHRASE = Phrase.of("command.detail.busy", RETRY_AFTER_SECONDS);

	private ServerBusy() {
	}

	public static boolean causedBy(Throwable failure) {
		return DatabaseUnavailable.busy(failure) || recordLockNotGot(failure);
	}

	private static boolean recordLockNotGot(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (cause instanceof LockAcquisitionFailedException) {
				return true;
			}
		}
		return false;
	}

}
