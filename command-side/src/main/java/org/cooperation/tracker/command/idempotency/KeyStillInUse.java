package org.cooperation.tracker.command.idempotency;

import java.sql.SQLException;

/**
 * The first request under a key is still running after a retry has waited for it as long
 * as it may: the retry is answered 409, and the client retries again later.
 */
class KeyStillInUse extends RuntimeException {

	/** PostgreSQL's lock_not_available: {@code lock_timeout} ran out. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	KeyStillInUse(IdempotencyKey key, Throwable cause) {
		super("a request with idempotency key " + key + " is still running", cause);
	}

	static boolean isLockTimeout(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
