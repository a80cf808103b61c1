package org.cooperation.tracker.access.problem;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

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

	private static final int MAX_EXCEPTIONS_LOOKED_AT = 100;

	/** Named, not imported: the access module does not depend on Hibernate. */
	private static final Set<String> FAILED_TRANSACTION_END = Set.of("org.hibernate.TransactionException",
			"org.springframework.transaction.TransactionSystemException");

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or anything it wraps (Axon, Hibernate and Spring Security wrap
	 * the driver's exception differently), says the database could not be reached.
	 */
	public static boolean causedBy(Throwable failure) {
		return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	/**
	 * Follows causes and suppressed exceptions too: when a connection breaks mid-request,
	 * the rollback fails as well, and the lost connection may be recorded only as the
	 * suppressed first failure or as a broken socket under a plain SQLException.
	 */
	private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
		if (failure == null || !seen.add(failure) || seen.size() > MAX_EXCEPTIONS_LOOKED_AT) {
			return false;
		}
		if (failure instanceof DataAccessResourceFailureException || failure instanceof CannotCreateTransactionException
				|| failure instanceof SQLTransientConnectionException
				|| failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException
				|| failure instanceof SocketException) {
			return true;
		}
		if (failure instanceof SQLException sql && (lostConnection(sql.getSQLState()) || closedByThePool(sql))) {
			return true;
		}
		if (FAILED_TRANSACTION_END.contains(failure.getClass().getName())
				&& failure.getCause() instanceof SQLException) {
			// A commit or rollback the connection refused: it is gone, and the failure
			// that led to the rollback was replaced by this one.
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (causedBy(suppressed, seen)) {
				return true;
			}
		}
		return causedBy(failure.getCause(), seen);
	}

	/** Hikari's answer on a connection it has already found broken and closed. */
	private static boolean closedByThePool(SQLException sql) {
		return sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
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
