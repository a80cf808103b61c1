package org.cooperation.tracker.query.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing tree: the full subtrees that make up leaves [0, size), one
 * per set bit of size, largest first. Appending a leaf merges equal neighbours into the
 * nodes that became full; the root of the current size is these folded from the right, as
 * RFC 9162's MTH splits a tree at the largest power of two below its size. Holds at most
 * 63 hashes however large the tree, so the sealer and the verifier run in constant
 * memory.
 */
public final class CompactRange {

	private final List<Node> stack = new ArrayList<>();

	private long size;

	/**
	 * A full subtree: level 0 is a leaf; it covers leaves [index·2^level,
	 * (index+1)·2^level).
	 */
	public record Node(int level, long index, byte[] hash) {
	}

	/** An empty tree. */
	public CompactRange() {
	}

	/**
	 * The edge of a tree of {@code size} leaves, from its full subtrees as
	 * {@link #decomposition(long)} names them, in that order.
	 */
	public static CompactRange of(long size, List<Node> subtrees) {
		CompactRange range = new CompactRange();
		List<Node> expected = decomposition(size);
		if (expected.size() != subtrees.size()) {
			throw new IllegalStateException("a tree of " + size + " leaves has " + expected.size()
					+ " full subtrees on its edge, not " + subtrees.size());
		}
		for (int i = 0; i < expected.size(); i++) {
			Node want = expected.get(i);
			Node got = subtrees.get(i);
			if (want.level() != got.level() || want.index() != got.index()) {
				throw new IllegalStateException("subtree " + i + " of the edge is (" + want.level() + ", "
						+ want.index() + "), not (" + got.level() + ", " + got.index() + ")");
			}
			range.stack.add(got);
		}
		range.size = size;
		return range;
	}

	/**
	 * The full subtrees that make up leaves [0, size), largest first, with empty hashes:
	 * which stored nodes to read to continue a tree of that size.
	 */
	public static List<Node> decomposition(long size) {
		List<Node> nodes = new ArrayList<>();
		long start = 0;
		for (int level = 62; level >= 0; level--) {
			long width = 1L << level;
			if ((size & width) != 0) {
				nodes.add(new Node(level, start >> level, null));
				start += width;
			}
		}
		return nodes;
	}

	/**
	 * Adds the next leaf and returns the interior nodes it completed (lowest first), to
	 * be stored.
	 */
	public List<Node> append(byte[] leafHash) {
		List<Node> completed = new ArrayList<>(2);
		Node top = new Node(0, size, leafHash);
		while (!stack.isEmpty() && stack.get(stack.size() - 1).level() == top.level()) {
			Node left = stack.remove(stack.size() - 1);
			top = new Node(left.level() + 1, left.index() >> 1, TreeHashes.node(left.hash(), top.hash()));
			completed.add(top);
		}
		stack.add(top);
		size++;
		return completed;
	}

	public long size() {
		return size;
	}

	/** The root hash of the tree as it stands (RFC 9162's MTH). */
	public byte[] root() {
		if (stack.isEmpty()) {
			return TreeHashes.emptyRoot();
		}
		byte[] root = stack.get(stack.size() - 1).hash();
		for (int i = stack.size() - 2; i >= 0; i--) {
			root = TreeHashes.node(stack.get(i).hash(), root);
		}
		return root;
	}

}
