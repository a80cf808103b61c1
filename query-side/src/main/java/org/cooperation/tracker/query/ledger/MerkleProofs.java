package org.cooperation.tracker.query.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inclusion and consistency proofs as RFC 9162 defines them (sections 2.1.3 and 2.1.4):
 * made from the hashes of the subtrees the definitions name, and checked with the
 * verification algorithms of the same sections, which need only the proof and the roots.
 */
public final class MerkleProofs {

	/** The root hash of the leaves [start, end) as RFC 9162's MTH builds it. */
	@FunctionalInterface
	public interface Subtrees {

		byte[] hash(long start, long end);

	}

	private MerkleProofs() {
	}

	/** PATH(m, D[n]): the audit path of leaf m in the tree of the first n leaves. */
	public static List<byte[]> inclusion(long m, long n, Subtrees tree) {
		if (m < 0 || m >= n) {
			throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + n);
		}
		List<byte[]> path = new ArrayList<>();
		path(m, 0, n, tree, path);
		return path;
	}

	private static void path(long m, long start, long end, Subtrees tree, List<byte[]> path) {
		long n = end - start;
		if (n == 1) {
			return;
		}
		long k = TreeHashes.splitOf(n);
		if (m < k) {
			path(m, start, start + k, tree, path);
			path.add(tree.hash(start + k, end));
		}
		else {
			path(m - k, start + k, end, tree, path);
			path.add(tree.hash(start, start + k));
		}
	}

	/** PROOF(m, D[n]): that the tree of m leaves is a prefix of the tree of n. */
	public static List<byte[]> consistency(long m, long n, Subtrees tree) {
		if (m < 1 || m > n) {
			throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
		}
		List<byte[]> proof = new ArrayList<>();
		if (m < n) {
			subproof(m, 0, n, true, tree, proof);
		}
		return proof;
	}

	private static void subproof(long m, long start, long end, boolean whole, Subtrees tree, List<byte[]> proof) {
		long n = end - start;
		if (m == n) {
			if (!whole) {
				proof.add(tree.hash(start, end));
			}
			return;
		}
		long k = TreeHashes.splitOf(n);
		if (m <= k) {
			subproof(m, start, start + k, whole, tree, proof);
			proof.add(tree.hash(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, tree, proof);
			proof.add(tree.hash(start, start + k));
		}
	}

	/**
	 * RFC 9162, 2.1.3.2: whether the path proves the leaf is at its index under the root.
	 */
	public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> path,
			byte[] root) {
		if (leafIndex < 0 || leafIndex >= treeSize) {
			return false;
		}
		long fn = leafIndex;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = TreeHashes.node(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = TreeHashes.node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && Arrays.equals(r, root);
	}

	/**
	 * RFC 9162, 2.1.4.2: whether the proof shows the tree of {@code first} leaves with
	 * {@code firstRoot} is a prefix of the tree of {@code second} with
	 * {@code secondRoot}.
	 */
	public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
			List<byte[]> proof) {
		if (first < 1 || first > second) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = TreeHashes.node(c, fr);
				sr = TreeHashes.node(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = TreeHashes.node(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
	}

}
