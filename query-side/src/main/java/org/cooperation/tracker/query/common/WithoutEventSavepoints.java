package org.cooperation.tracker.query.common;

import java.util.function.Supplier;

/**
 * Work on this thread whose event handlers need no savepoint of their own: a failing
 * event fails the whole of it anyway. The live processors put each event in a savepoint
 * so that one poison event goes to the dead-letter queue while its batch commits; a
 * replay refuses the whole rebuild instead, and a savepoint per event and handler would
 * only cost two round trips each and, past 64 in one transaction, slow every snapshot in
 * the database (PostgreSQL's subtransaction cache overflows).
 */
public final class WithoutEventSavepoints {

	private static final ThreadLocal<Boolean> IN_FORCE = ThreadLocal.withInitial(() -> false);

	private WithoutEventSavepoints() {
	}

	/** Runs the work with no savepoint around each event's handlers. */
	public static <T> T during(Supplier<T> work) {
		boolean before = IN_FORCE.get();
		IN_FORCE.set(true);
		try {
			return work.get();
		}
		finally {
			IN_FORCE.set(before);
		}
	}

	/** Whether the thread's work runs without savepoints now. */
	public static boolean inForce() {
		return IN_FORCE.get();
	}

}
