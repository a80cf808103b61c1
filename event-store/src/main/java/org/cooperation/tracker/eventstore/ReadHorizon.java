package org.cooperation.tracker.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The highest global position below which every position is final: its event committed,
 * or its transaction rolled back and the position stays empty for ever. A reader that
 * never reads past it never steps over a position that an open transaction may still fill
 * (AxonFramework issue 4829), and writers need no lock against one another to keep it so.
 * <p>
 * How it is known, in the manner of PgQ's ticks: global positions come from a sequence,
 * and every appending transaction holds the shared advisory lock
 * {@link ConcurrentAppends#APPENDING} from before it draws a position to its end. Each
 * reading takes a sample: first the last position drawn, then the transactions holding
 * that lock. A transaction that drew a position at or below the one read had taken the
 * lock before it was read, so it is among them if it is still open; one that takes the
 * lock later draws above it. Once every transaction of a sample has ended, its position
 * is final and becomes the horizon. With nothing being appended the newest sample settles
 * at once; under load, a sample settles as soon as the appends in flight when it was
 * taken have committed or rolled back. Transactions that append nothing, however long,
 * never hold the horizon back.
 * <p>
 * Needs the sequence's cache to be 1 (a session's cached numbers would be drawn later,
 * outside the sample) and statements that each see the present: the lock table and the
 * sequence are read as they are now, whatever the reading transaction's isolation.
 */
public final class ReadHorizon {

	/**
	 * The sequence of the event store's global index (the command side's migration V1,
	 * cache 1).
	 */
	public static final String GLOBAL_INDEX_SEQUENCE = "domain_event_global_index";

	/** Samples kept unsettled at most; dropping the oldest only delays the horizon. */
	private static final int MAX_PENDING = 1024;

	private static final String APPENDING_TRANSACTIONS = "SELECT virtualtransaction FROM pg_locks "
			+ "WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
			+ "AND classid::bigint = " + (ConcurrentAppends.APPENDING >>> 32) + " AND objid::bigint = "
			+ (ConcurrentAppends.APPENDING & 0xffffffffL) + " AND objsubid = 1";

	private final String lastDrawn;

	/** Unsettled samples, oldest first. */
	private final Deque<Sample> pending = new ArrayDeque<>();

	private long settled = -1;

	/**
	 * @param sequence the sequence that draws the event table's global positions
	 */
	public ReadHorizon(String sequence) {
		if (!sequence.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a plain sequence name: " + sequence);
		}
		this.lastDrawn = "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence;
	}

	/**
	 * Takes a sample on the connection and answers the horizon as it now stands: every
	 * position at or below it is final. -1 until the first sample settles.
	 */
	public long settledPosition(Connection connection) throws SQLException {
		long drawn;
		// In this order: the position first, then who is appending.
		try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(lastDrawn)) {
			row.next();
			drawn = row.getLong(1);
		}
		Set<String> appending = appending(connection);
		return settle(new Sample(drawn, appending), appending);
	}

	private static Set<String> appending(Connection connection) throws SQLException {
		Set<String> transactions = new HashSet<>();
		try (PreparedStatement statement = connection.prepareStatement(APPENDING_TRANSACTIONS);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				transactions.add(rows.getString(1));
			}
		}
		return transactions;
	}

	/**
	 * Whether positions have been drawn that the horizon has not reached yet: a reader
	 * that found nothing new should look again soon, since the appends it waits for may
	 * end without anyone announcing it (a rollback sends no notification).
	 */
	public synchronized boolean behind() {
		for (Sample sample : pending) {
			if (sample.drawn() > settled) {
				return true;
			}
		}
		return false;
	}

	private synchronized long settle(Sample taken, Set<String> appendingNow) {
		pending.addLast(taken);
		for (Iterator<Sample> samples = pending.iterator(); samples.hasNext();) {
			Sample sample = samples.next();
			if (sample.endedBy(appendingNow)) {
				settled = Math.max(settled, sample.drawn());
				samples.remove();
			}
		}
		while (pending.size() > MAX_PENDING) {
			pending.pollFirst();
		}
		return settled;
	}

	/**
	 * The last position drawn, and the transactions that were appending just after: every
	 * one that may hold a position at or below it.
	 */
	private record Sample(long drawn, Set<String> appending) {

		boolean endedBy(Set<String> appendingNow) {
			for (String transaction : appending) {
				if (appendingNow.contains(transaction)) {
					return false;
				}
			}
			return true;
		}

	}

}
