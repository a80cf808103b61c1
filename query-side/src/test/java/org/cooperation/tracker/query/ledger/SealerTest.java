package org.cooperation.tracker.query.ledger;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sealer's promises on real PostgreSQL: a batch that fails leaves nothing of itself
 * and the next run continues from the committed state; one sealer at a time; and under
 * concurrent writers (appending as the command side does, under its append lock) and
 * several sealers, every event becomes exactly one leaf, in global order.
 */
class SealerTest {

	/**
	 * The command side's append lock (CommitOrderedAppends.APPEND_LOCK_KEY, "tracker").
	 */
	private static final long APPEND_LOCK_KEY = 0x747261636b6572L;

	@Test
	void aBatchThatFailsLeavesNothingAndTheNextRunContinuesFromTheCommittedState() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(30, Set.of(4));
		// The second batch fails at its very end, after its leaves and nodes were
		// written.
		db.jdbc.execute("""
				CREATE FUNCTION fail_second_batch() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				    IF NEW.tree_size = 14 THEN RAISE EXCEPTION 'crash in the middle of sealing'; END IF;
				    RETURN NEW;
				END $$;
				CREATE TRIGGER fail_second_batch BEFORE INSERT ON ledger_checkpoint
				    FOR EACH ROW EXECUTE FUNCTION fail_second_batch();
				""");
		Sealer sealer = db.sealer(7);
		assertThatThrownBy(sealer::sealAll).hasMessageContaining("crash in the middle of sealing");
		assertThat(db.jdbc.queryForObject("SELECT tree_size FROM ledger_state", Long.class)).isEqualTo(7);
		assertThat(db.jdbc.queryForObject("SELECT count(*) FROM ledger_leaf", Long.class)).isEqualTo(7);
		assertThat(db.jdbc.queryForObject("SELECT max(node_index * (1 << level) + (1 << level)) FROM ledger_node",
				Long.class))
			.as("no node covers a leaf beyond the committed tree")
			.isLessThanOrEqualTo(7);

		db.jdbc.execute("DROP TRIGGER fail_second_batch ON ledger_checkpoint");
		assertThat(db.sealer(7).sealAll()).isEqualTo(29 - 7);
		assertThat(db.jdbc.queryForList("SELECT leaf_index FROM ledger_leaf ORDER BY leaf_index", Long.class))
			.containsExactlyElementsOf(range(0, 29));
		assertThat(db.verify(db.latestCheckpoint()).findings()).isEmpty();
	}

	@Test
	void aSecondSealerWaitsWhileTheFirstHoldsTheLock() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		db.appendHistory(5, Set.of());
		try (Connection other = db.connect()) {
			other.setAutoCommit(false);
			try (Statement statement = other.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + Sealer.SEALER_LOCK_KEY + ")");
			}
			assertThat(db.sealer(100).sealBatch().leaves()).as("another sealer holds the lock").isZero();
			other.commit();
		}
		assertThat(db.sealer(100).sealBatch().leaves()).isEqualTo(5);
		assertThat(db.sealer(100).sealBatch().leaves()).as("nothing is sealed twice").isZero();
	}

	@Test
	void concurrentWritersAndSealersGiveEveryEventExactlyOneLeafInOrder() throws Exception {
		LedgerDatabase db = new LedgerDatabase();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(6);
		List<Future<?>> sealers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Sealer sealer = db.sealer(5);
			sealers.add(threads.submit(() -> {
				while (writing.get()) {
					sealer.sealBatch();
				}
				return null;
			}));
		}
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < 3; w++) {
			String record = UUID.randomUUID().toString();
			writers.add(threads.submit(() -> {
				for (int sequence = 0; sequence < 60; sequence++) {
					appendAsTheCommandSide(db, record, sequence, sequence % 9 == 0);
				}
				return null;
			}));
		}
		for (Future<?> writer : writers) {
			writer.get(60, TimeUnit.SECONDS);
		}
		writing.set(false);
		for (Future<?> sealer : sealers) {
			sealer.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		db.sealer(5).sealAll();

		List<Long> events = db.jdbc.queryForList("SELECT globalindex FROM domainevententry ORDER BY globalindex",
				Long.class);
		assertThat(events).hasSize(3 * 60 - 3 * 7);
		assertThat(db.jdbc.queryForList("SELECT global_index FROM ledger_leaf ORDER BY leaf_index", Long.class))
			.containsExactlyElementsOf(events);
		assertThat(db.verify(db.latestCheckpoint()).findings()).isEmpty();
	}

	/**
	 * An append in its own transaction, under the command side's lock; some roll back.
	 */
	private static void appendAsTheCommandSide(LedgerDatabase db, String record, int sequence, boolean rollBack) {
		db.transactions.executeWithoutResult((status) -> {
			db.jdbc.execute("SELECT pg_advisory_xact_lock(" + APPEND_LOCK_KEY + ")");
			db.jdbc.update(
					"INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
							+ "payloadtype, payload) VALUES (?, ?, ?, 'Initiative', '2025-11-20T09:00:00Z', 'T', ?)",
					UUID.randomUUID().toString(), record, sequence, ("{\"n\":" + sequence + "}").getBytes());
			if (rollBack) {
				status.setRollbackOnly();
			}
		});
	}

	private static List<Long> range(long from, long to) {
		List<Long> values = new ArrayList<>();
		for (long value = from; value < to; value++) {
			values.add(value);
		}
		return values;
	}

}
