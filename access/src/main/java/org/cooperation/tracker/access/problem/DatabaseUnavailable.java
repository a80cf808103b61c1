package org.cooperation.tracker.access.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a lost database apart from every other failure, wherever it surfaces (a
 * controller, a filter, sign-in, a projection): the answer to it is 503 and "retry
 * shortly", never 500, because nothing is wrong with the request and the applications
 * reconnect by themselves.
 */
public final class DatabaseUnavailable {

	/** What a 503 tells a client to wait before trying again, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or anything it wraps (Axon, Hibernate and Spring Security wrap
	 * the driver's exception differently), says the database could not be reached.
	 */
	public static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Class 08 is "connection exception"; 57P01..57P03 are the server shutting down or
	 * not accepting connections yet (a restart in progress).
	 */
	private static boolean lostConnection(String sqlState) {
		return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
				|| sqlState.equals("57P03"));
	}

}
