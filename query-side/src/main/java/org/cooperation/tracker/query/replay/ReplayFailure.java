package org.cooperation.tracker.query.replay;

/**
 * What stopped a replay, in words an auditor can act on; the replay's record keeps them.
 */
class ReplayFailure extends RuntimeException {

	ReplayFailure(String message) {
		super(message);
	}

	ReplayFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
