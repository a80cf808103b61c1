package org.cooperation.tracker.query.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The events of a result set with their leaf hashes, in order, hashed on a second thread
 * while this one reads the next batch from the database: reading and hashing are the
 * verifier's two costs, and on two cores they overlap. The result set is only ever read
 * by the calling thread.
 */
final class HashedEvents implements AutoCloseable {

	private static final int BATCH = 2_000;

	/** An event and its leaf hash. */
	record Hashed(EventLeaf event, byte[] leafHash) {
	}

	private final ResultSet rows;

	private final ExecutorService hasher = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "ledger-verify-hasher");
		thread.setDaemon(true);
		return thread;
	});

	private Future<List<Hashed>> ahead;

	private Iterator<Hashed> current = Collections.emptyIterator();

	HashedEvents(ResultSet rows) throws SQLException {
		this.rows = rows;
		List<EventLeaf> first = readBatch();
		ahead = first.isEmpty() ? null : hasher.submit(() -> hash(first));
	}

	/** The next event with its hash, or null after the last. */
	Hashed next() throws SQLException {
		while (!current.hasNext()) {
			if (ahead == null) {
				return null;
			}
			List<EventLeaf> upcoming = readBatch();
			List<Hashed> done = await(ahead);
			ahead = upcoming.isEmpty() ? null : hasher.submit(() -> hash(upcoming));
			current = done.iterator();
		}
		return current.next();
	}

	private List<EventLeaf> readBatch() throws SQLException {
		List<EventLeaf> batch = new ArrayList<>(BATCH);
		while (batch.size() < BATCH && rows.next()) {
			batch.add(EventLeaf.read(rows));
		}
		return batch;
	}

	private static List<Hashed> hash(List<EventLeaf> events) {
		List<Hashed> hashed = new ArrayList<>(events.size());
		for (EventLeaf event : events) {
			hashed.add(new Hashed(event, event.leafHash()));
		}
		return hashed;
	}

	private static List<Hashed> await(Future<List<Hashed>> batch) {
		try {
			return batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while hashing events", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("hashing events failed", ex.getCause());
		}
	}

	@Override
	public void close() {
		hasher.shutdownNow();
	}

}
