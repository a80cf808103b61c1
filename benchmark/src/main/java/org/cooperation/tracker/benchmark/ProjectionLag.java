package org.cooperation.tracker.benchmark;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * P2's follower: the writes answered 2xx, each with the version it made, followed until
 * the query side's read model of the initiative holds that version, which is the moment
 * its API (the ETag of {@code /api/initiatives/{id}}) shows it. One thread asks for all
 * the writes in flight in one statement every 2 ms.
 * <p>
 * Before, each write's own thread read the initiative's page from the query side's API
 * every 2 ms: with 16 writes in flight some 8,000 reads a second of pages with their
 * whole history, which took the CPU the projections needed and measured mostly itself.
 */
final class ProjectionLag implements AutoCloseable {

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

	private final Connection connection;

	private final Latencies lags;

	private final ConcurrentLinkedQueue<Written> answered = new ConcurrentLinkedQueue<>();

	private final List<Written> following = new CopyOnWriteArrayList<>();

	private final Thread follower;

	private volatile boolean closing;

	private volatile SQLException failure;

	ProjectionLag(Connection connection, Latencies lags) {
		this.connection = connection;
		this.lags = lags;
		this.follower = new Thread(this::follow, "p2-follower");
		this.follower.setDaemon(true);
		this.follower.start();
	}

	/** A write answered just now, which made the initiative's version. */
	void answered(UUID initiative, long version) {
		answered.add(new Written(initiative, version, System.nanoTime()));
	}

	private void follow() {
		try (PreparedStatement versions = connection.prepareStatement(
				"SELECT initiative_id, aggregate_version FROM rm_initiative WHERE initiative_id = ANY (?)")) {
			while (!closing || !answered.isEmpty() || !following.isEmpty()) {
				for (Written written; (written = answered.poll()) != null;) {
					following.add(written);
				}
				if (!following.isEmpty()) {
					see(versions);
				}
				TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
			}
		}
		catch (SQLException ex) {
			failure = ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void see(PreparedStatement versions) throws SQLException {
		Array ids = connection.createArrayOf("uuid",
				following.stream().map(Written::initiative).distinct().toArray(UUID[]::new));
		Map<UUID, Long> projected = new HashMap<>();
		versions.setArray(1, ids);
		try (ResultSet rows = versions.executeQuery()) {
			while (rows.next()) {
				projected.put(rows.getObject(1, UUID.class), rows.getLong(2));
			}
		}
		long now = System.nanoTime();
		for (Iterator<Written> each = following.iterator(); each.hasNext();) {
			Written written = each.next();
			if (projected.getOrDefault(written.initiative(), -1L) >= written.version()) {
				lags.add(now - written.answeredNanos());
				following.remove(written);
			}
			else if (now - written.answeredNanos() > GIVE_UP_NANOS) {
				following.remove(written);
			}
		}
	}

	/** Waits until every write answered so far is seen (or given up on). */
	@Override
	public void close() throws InterruptedException, SQLException {
		closing = true;
		follower.join(TimeUnit.NANOSECONDS.toMillis(GIVE_UP_NANOS) + 5_000);
		if (failure != null) {
			throw failure;
		}
	}

	private record Written(UUID initiative, long version, long answeredNanos) {
	}

}
