package org.cooperation.tracker.command.waits;

import java.time.Duration;

/**
 * How long a command waits for a lock another request holds (its record's lock in this
 * process, the event store's append lock in PostgreSQL) before it gives up and is
 * answered 503 "busy" with nothing stored. A few seconds: long enough to queue behind a
 * burst of ordinary writes, which hold each lock for milliseconds, and short enough that
 * a stuck writer never makes the others wait for an answer.
 */
public record LockWait(Duration value) {

	public LockWait {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("tracker.command.lock-wait must be a positive duration, not " + value);
		}
	}

	/** For PostgreSQL's {@code lock_timeout}. */
	public String asLockTimeout() {
		return value.toMillis() + "ms";
	}

}
