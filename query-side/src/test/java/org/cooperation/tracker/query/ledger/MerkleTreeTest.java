package org.cooperation.tracker.query.ledger;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tree against RFC 9162's definitions: roots equal MTH computed by its recursive
 * definition, every inclusion and consistency proof up to 40 leaves passes the RFC's
 * verification algorithms and fails when a hash or a size is wrong, and the roots of the
 * Certificate Transparency reference leaves are the published ones.
 */
class MerkleTreeTest {

	/** The reference leaves of the RFC 6962 / 9162 test vectors (same hashing). */
	private static final List<String> REFERENCE_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
			"5051525354555657", "606162636465666768696a6b6c6d6e6f");

	private static final List<String> REFERENCE_ROOTS = List.of(
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	@Test
	void theReferenceLeavesGiveThePublishedRoots() {
		CompactRange tree = new CompactRange();
		assertThat(HexFormat.of().formatHex(tree.root()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		for (int i = 0; i < REFERENCE_LEAVES.size(); i++) {
			tree.append(TreeHashes.leaf(HexFormat.of().parseHex(REFERENCE_LEAVES.get(i))));
			assertThat(HexFormat.of().formatHex(tree.root())).as("root of %d leaves", i + 1)
				.isEqualTo(REFERENCE_ROOTS.get(i));
		}
	}

	@Test
	void theEdgeGivesTheRootOfTheRecursiveDefinitionAndStoresEveryFullNodeOnce() {
		List<byte[]> leaves = leaves(70);
		CompactRange tree = new CompactRange();
		List<CompactRange.Node> stored = new ArrayList<>();
		for (int n = 1; n <= leaves.size(); n++) {
			stored.addAll(tree.append(leaves.get(n - 1)));
			assertThat(tree.root()).as("root of %d", n).isEqualTo(mth(leaves, 0, n));
		}
		assertThat(stored).hasSize(70 - Long.bitCount(70));
		for (CompactRange.Node node : stored) {
			long width = 1L << node.level();
			assertThat(node.hash()).isEqualTo(mth(leaves, node.index() * width, (node.index() + 1) * width));
		}
	}

	@Test
	void everyInclusionProofVerifiesAndNoAlteredOneDoes() {
		List<byte[]> leaves = leaves(40);
		MerkleProofs.Subtrees tree = (start, end) -> mth(leaves, start, end);
		for (int n = 1; n <= 40; n++) {
			byte[] root = mth(leaves, 0, n);
			for (int m = 0; m < n; m++) {
				List<byte[]> path = MerkleProofs.inclusion(m, n, tree);
				assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), path, root)).as("leaf %d of %d", m, n)
					.isTrue();
				assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get((m + 1) % 40), path, root)).isFalse();
				if (n > 1) {
					assertThat(MerkleProofs.verifyInclusion((m + 1) % n, n, leaves.get(m), path, root)).isFalse();
					List<byte[]> altered = new ArrayList<>(path);
					altered.set(0, TreeHashes.leaf(new byte[] { 1 }));
					assertThat(MerkleProofs.verifyInclusion(m, n, leaves.get(m), altered, root)).isFalse();
				}
			}
		}
	}

	@Test
	void everyConsistencyProofVerifiesAndNoneAgainstAnotherHistory() {
		List<byte[]> leaves = leaves(40);
		List<byte[]> rewritten = new ArrayList<>(leaves);
		rewritten.set(3, TreeHashes.leaf(new byte[] { 9, 9 }));
		MerkleProofs.Subtrees tree = (start, end) -> mth(leaves, start, end);
		for (int n = 1; n <= 40; n++) {
			for (int m = 1; m <= n; m++) {
				List<byte[]> proof = MerkleProofs.consistency(m, n, tree);
				assertThat(MerkleProofs.verifyConsistency(m, n, mth(leaves, 0, m), mth(leaves, 0, n), proof))
					.as("%d to %d", m, n)
					.isTrue();
				if (m > 3) {
					assertThat(MerkleProofs.verifyConsistency(m, n, mth(rewritten, 0, m), mth(leaves, 0, n), proof))
						.as("a rewritten first tree, %d to %d", m, n)
						.isFalse();
				}
			}
		}
	}

	private static List<byte[]> leaves(int count) {
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			leaves.add(TreeHashes.leaf(new byte[] { (byte) i, (byte) (i * 7) }));
		}
		return leaves;
	}

	/** RFC 9162's MTH, by its recursive definition. */
	static byte[] mth(List<byte[]> leafHashes, long start, long end) {
		long n = end - start;
		if (n == 0) {
			return TreeHashes.emptyRoot();
		}
		if (n == 1) {
			return leafHashes.get((int) start);
		}
		long k = Long.highestOneBit(n - 1);
		return TreeHashes.node(mth(leafHashes, start, start + k), mth(leafHashes, start + k, end));
	}

}
