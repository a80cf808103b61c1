package org.cooperation.tracker.access.problem;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be used right now apart from every other failure, wherever
 * it surfaces (a controller, a filter, sign-in, a projection): the answer to it is 503
 * and "retry", never 500, because nothing is wrong with the request. It also tells the
 * two kinds apart, so that the answer says which one it is: a lost database (the
 * applications reconnect by themselves) or a busy server (every pooled connection is in
 * use, or a lock is held by a slow writer, for longer than a request waits).
 */
public final class DatabaseUnavailable {

	/** What a 503 for a lost database tells a client to wait, in seconds. */
	public static final int RETRY_AFTER_SECONDS = 5;

	/**
	 * What a 503 for a busy server tells a client to wait, in seconds: every wait inside
	 * a request is bounded by a few seconds, so the queue it met has usually moved on.
	 */
	public static final int BUSY_RETRY_AFTER_SECONDS = 2;

	private static final int MAX_EXCEPTIONS_LOOKED_AT = 100;

	/** Named, not imported: the access module does not depend on Hibernate. */
	private static final Set<String> FAILED_TRANSACTION_END = Set.of("org.hibernate.TransactionException",
			"org.springframework.transaction.TransactionSystemException");

	/**
	 * PostgreSQL's lock_not_available: a wait bounded by {@code lock_timeout} ran out.
	 */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private DatabaseUnavailable() {
	}

	/**
	 * Whether the failure, or anything it wraps (Axon, Hibernate and Spring Security wrap
	 * the driver's exception differently), says the database could not be used: it was
	 * lost, or the server is {@linkplain #busy busy}. Either way nothing was done, and
	 * the same request can succeed later.
	 */
	public static boolean causedBy(Throwable failure) {
		return lost(failure) || busy(failure);
	}

	/**
	 * Whether the failure is the server being busy while the database is up: the pool had
	 * no free connection within its timeout, or a lock wait bounded by
	 * {@code lock_timeout} ran out. Hikari's "Connection is not available, request timed
	 * out" carries the pool's last connection failure as its cause; a pool that is merely
	 * full has none, so a timeout without a cause is busy and one with a cause is a lost
	 * database.
	 */
	public static boolean busy(Throwable failure) {
		return !anyInChain(failure, DatabaseUnavailable::signalsLoss)
				&& anyInChain(failure, DatabaseUnavailable::signalsBusy);
	}

	/** The Retry-After a 503 for this failure gives, in seconds. */
	public static int retryAfterSeconds(Throwable failure) {
		return busy(failure) ? BUSY_RETRY_AFTER_SECONDS : RETRY_AFTER_SECONDS;
	}

	private static boolean lost(Throwable failure) {
		if (anyInChain(failure, DatabaseUnavailable::signalsLoss)) {
			return true;
		}
		// Spring's wrappers for "no connection" with nothing more specific underneath.
		return anyInChain(failure, (link) -> link instanceof DataAccessResourceFailureException
				|| link instanceof CannotCreateTransactionException) && !busy(failure);
	}

	/**
	 * Follows causes and suppressed exceptions too: when a connection breaks mid-request,
	 * the rollback fails as well, and the lost connection may be recorded only as the
	 * suppressed first failure or as a broken socket under a plain SQLException.
	 */
	private static boolean anyInChain(Throwable failure, Predicate<Throwable> signal) {
		return anyInChain(failure, signal, Collections.newSetFromMap(new IdentityHashMap<>()));
	}

	private static boolean anyInChain(Throwable failure, Predicate<Throwable> signal, Set<Throwable> seen) {
		if (failure == null || !seen.add(failure) || seen.size() > MAX_EXCEPTIONS_LOOKED_AT) {
			return false;
		}
		if (signal.test(failure)) {
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (anyInChain(suppressed, signal, seen)) {
				return true;
			}
		}
		if (failure instanceof SQLException sql && anyInChain(sql.getNextException(), signal, seen)) {
			return true;
		}
		return anyInChain(failure.getCause(), signal, seen);
	}

	private static boolean signalsLoss(Throwable failure) {
		if (failure instanceof SQLTransientConnectionException timeout) {
			// The pool's timeout says why it could not open a connection, if it tried.
			return timeout.getCause() != null || timeout.getNextException() != null;
		}
		if (failure instanceof SQLNonTransientConnectionException || failure instanceof SQLRecoverableException
				|| failure instanceof SocketException) {
			return true;
		}
		if (failure instanceof SQLException sql && (lostConnection(sql.getSQLState()) || closedByThePool(sql))) {
			return true;
		}
		// A commit or rollback the connection refused: it is gone, and the failure that
		// led to the rollback was replaced by this one.
		return FAILED_TRANSACTION_END.contains(failure.getClass().getName())
				&& failure.getCause() instanceof SQLException;
	}

	private static boolean signalsBusy(Throwable failure) {
		if (failure instanceof SQLTransientConnectionException timeout) {
			return timeout.getCause() == null && timeout.getNextException() == null;
		}
		return failure instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState());
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
