package org.cooperation.tracker.query.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * The sealed tree as its tables hold it: leaf hashes in {@code ledger_leaf}, every full
 * subtree above them in {@code ledger_node}. The root of any range the RFC's definitions
 * name is the range's full subtrees (at most two per level) folded from the right, read
 * in one query.
 */
public final class StoredTree implements MerkleProofs.Subtrees {

	private final JdbcOperations jdbc;

	public StoredTree(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	/** The root hash of the first {@code size} leaves. */
	public byte[] root(long size) {
		return (size == 0) ? TreeHashes.emptyRoot() : hash(0, size);
	}

	@Override
	public byte[] hash(long start, long end) {
		List<CompactRange.Node> parts = decomposition(start, end);
		Map<String, byte[]> found = read(parts);
		byte[] root = null;
		for (int i = parts.size() - 1; i >= 0; i--) {
			CompactRange.Node part = parts.get(i);
			byte[] hash = found.get(part.level() + ":" + part.index());
			if (hash == null) {
				throw new IllegalStateException("the sealed tree has no node (" + part.level() + ", " + part.index()
						+ ") for leaves [" + start + ", " + end + ")");
			}
			root = (root == null) ? hash : TreeHashes.node(hash, root);
		}
		return root;
	}

	/** The edge of the tree of {@code size} leaves, to continue it. */
	public CompactRange edge(long size) {
		List<CompactRange.Node> parts = CompactRange.decomposition(size);
		Map<String, byte[]> found = read(parts);
		List<CompactRange.Node> nodes = new ArrayList<>();
		for (CompactRange.Node part : parts) {
			byte[] hash = found.get(part.level() + ":" + part.index());
			if (hash == null) {
				throw new IllegalStateException(
						"the sealed tree has no node (" + part.level() + ", " + part.index() + ") of its edge");
			}
			nodes.add(new CompactRange.Node(part.level(), part.index(), hash));
		}
		return CompactRange.of(size, nodes);
	}

	/** [start, end) as aligned full subtrees, left to right, largest that fits first. */
	static List<CompactRange.Node> decomposition(long start, long end) {
		if (start < 0 || start >= end) {
			throw new IllegalArgumentException("no leaves in [" + start + ", " + end + ")");
		}
		List<CompactRange.Node> parts = new ArrayList<>();
		long position = start;
		while (position < end) {
			int level = (position == 0) ? 62 : Long.numberOfTrailingZeros(position);
			while (level > 0 && position + (1L << level) > end) {
				level--;
			}
			parts.add(new CompactRange.Node(level, position >> level, null));
			position += 1L << level;
		}
		return parts;
	}

	private Map<String, byte[]> read(List<CompactRange.Node> parts) {
		Map<String, byte[]> found = new HashMap<>();
		if (parts.isEmpty()) {
			return found;
		}
		// Positions are numbers this class computed, never input text.
		String leaves = parts.stream()
			.filter((part) -> part.level() == 0)
			.map((part) -> Long.toString(part.index()))
			.collect(Collectors.joining(","));
		String nodes = parts.stream()
			.filter((part) -> part.level() > 0)
			.map((part) -> "(" + part.level() + "," + part.index() + ")")
			.collect(Collectors.joining(","));
		List<String> selects = new ArrayList<>();
		if (!leaves.isEmpty()) {
			selects.add("SELECT 0 AS level, leaf_index AS node_index, leaf_hash AS hash FROM ledger_leaf "
					+ "WHERE leaf_index IN (" + leaves + ")");
		}
		if (!nodes.isEmpty()) {
			selects.add("SELECT level, node_index, hash FROM ledger_node WHERE (level, node_index) IN (" + nodes + ")");
		}
		jdbc.query(String.join(" UNION ALL ", selects), (row) -> {
			found.put(row.getInt("level") + ":" + row.getLong("node_index"), row.getBytes("hash"));
		});
		return found;
	}

}
