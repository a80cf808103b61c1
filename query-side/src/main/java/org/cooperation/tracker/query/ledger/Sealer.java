package org.cooperation.tracker.query.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cooperation.tracker.eventstore.ReadHorizon;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Adds the committed events to the tree, in global order, one batch per transaction.
 * <p>
 * <b>Never skips, reorders or adds twice.</b> Its position (tree size and the last global
 * index sealed) is a row of its own tables, read and moved in the transaction that adds
 * the leaves, nodes and checkpoint: a crash loses a whole batch or none, and the next run
 * continues from what was committed. Each batch first takes a transaction-scoped advisory
 * lock, so among any number of query-side instances one seals at a time and each reads
 * the position the previous one committed.
 * <p>
 * <b>Why reading by global index is safe here:</b> it reads no further than the
 * {@link ReadHorizon}, below which every position is final: a position missing there is a
 * rolled-back append that never fills, and no open transaction can still add a leaf below
 * the sealed tip. (An event inserted by hand with a position below the tip is not sealed;
 * the verifier reports it as inserted.)
 */
public final class Sealer {

	/** "ledger" in ASCII: no other part of the system takes this advisory lock. */
	public static final long SEALER_LOCK_KEY = 0x6c6564676572L;

	private final JdbcOperations jdbc;

	private final TransactionOperations transactions;

	private final String origin;

	private final int batchSize;

	private final StoredTree tree;

	private final ReadHorizon horizon;

	private volatile NoteKey key;

	private volatile boolean eventTableSeen;

	public Sealer(JdbcOperations jdbc, TransactionOperations transactions, ReadHorizon horizon, String origin,
			int batchSize) {
		this.horizon = horizon;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.origin = origin;
		this.batchSize = batchSize;
		this.tree = new StoredTree(jdbc);
	}

	/** What one batch did. */
	public record Sealed(long leaves, long treeSize) {

		static final Sealed NOTHING = new Sealed(0, -1);

	}

	/** Seals until nothing is left; the number of leaves added. */
	public long sealAll() {
		long total = 0;
		Sealed sealed;
		do {
			sealed = sealBatch();
			total += sealed.leaves();
		}
		while (sealed.leaves() > 0);
		return total;
	}

	/**
	 * Seals up to one batch of the events after the sealed tip; nothing when another
	 * instance is sealing or there is nothing new.
	 */
	public Sealed sealBatch() {
		if (!eventTableExists()) {
			return Sealed.NOTHING;
		}
		if (key == null) {
			key = transactions.execute((status) -> LedgerKeys.signingKey(jdbc, origin));
		}
		// Sampled before the transaction: inside, its own row lock gives it an id that
		// would hold the horizon back.
		long settled = jdbc.execute((ConnectionCallback<Long>) horizon::settledPosition);
		return transactions.execute((status) -> {
			if (!Boolean.TRUE
				.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, SEALER_LOCK_KEY))) {
				return Sealed.NOTHING;
			}
			long[] state = jdbc.queryForObject("SELECT tree_size, last_global_index FROM ledger_state FOR UPDATE",
					(row, i) -> new long[] { row.getLong(1), row.getLong(2) });
			long size = state[0];
			List<EventLeaf> events = jdbc.query("SELECT " + EventLeaf.COLUMNS
					+ " FROM domainevententry WHERE globalindex > ? AND globalindex <= ? ORDER BY globalindex LIMIT ?",
					(row, i) -> EventLeaf.read(row), state[1], settled, batchSize);
			if (events.isEmpty()) {
				return Sealed.NOTHING;
			}
			CompactRange edge = tree.edge(size);
			List<Object[]> leaves = new ArrayList<>(events.size());
			List<Object[]> nodes = new ArrayList<>(events.size());
			for (EventLeaf event : events) {
				byte[] leafHash = event.leafHash();
				leaves.add(new Object[] { edge.size(), event.globalIndex(), event.eventId(), leafHash,
						event.payloadHash(), event.metadataHash() });
				for (CompactRange.Node node : edge.append(leafHash)) {
					nodes.add(new Object[] { node.level(), node.index(), node.hash() });
				}
			}
			jdbc.batchUpdate("INSERT INTO ledger_leaf (leaf_index, global_index, event_identifier, leaf_hash, "
					+ "payload_hash, metadata_hash) VALUES (?, ?, ?, ?, ?, ?)", leaves);
			jdbc.batchUpdate("INSERT INTO ledger_node (level, node_index, hash) VALUES (?, ?, ?)", nodes);
			byte[] root = edge.root();
			Timestamp now = Timestamp.from(Instant.now());
			int moved = jdbc.update(
					"UPDATE ledger_state SET tree_size = ?, last_global_index = ?, root_hash = ?, sealed_at = ? "
							+ "WHERE tree_size = ?",
					edge.size(), events.get(events.size() - 1).globalIndex(), root, now, size);
			if (moved != 1) {
				throw new IllegalStateException("the ledger's state moved under the sealer's lock");
			}
			Checkpoint checkpoint = new Checkpoint(origin, edge.size(), root);
			jdbc.update("INSERT INTO ledger_checkpoint (tree_size, root_hash, note, signed_at) VALUES (?, ?, ?, ?)",
					edge.size(), root, SignedNote.sign(checkpoint.body(), key).format(), now);
			return new Sealed(events.size(), edge.size());
		});
	}

	private boolean eventTableExists() {
		if (!eventTableSeen) {
			eventTableSeen = Boolean.TRUE
				.equals(jdbc.queryForObject("SELECT to_regclass('domainevententry') IS NOT NULL", Boolean.class));
		}
		return eventTableSeen;
	}

}
