package org.cooperation.tracker.query.ledger;

import java.util.Base64;

/**
 * A tree head in the C2SP tlog-checkpoint format: the log's origin, its size in decimal
 * and its root hash in base64, each on its own line. Signed, it is the body of a
 * {@link SignedNote}.
 *
 * @param origin the log's name, which is also its signing key's name
 * @param size the number of leaves
 * @param rootHash the tree's root hash (RFC 9162 MTH)
 */
public record Checkpoint(String origin, long size, byte[] rootHash) {

	public Checkpoint {
		if (origin.isBlank() || origin.contains("\n")) {
			throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
		}
		if (size < 0) {
			throw new IllegalArgumentException("a tree size is 0 or more, not " + size);
		}
		if (rootHash.length != TreeHashes.SIZE) {
			throw new IllegalArgumentException("a root hash has 32 bytes, not " + rootHash.length);
		}
		rootHash = rootHash.clone();
	}

	/** The three lines, each ending in a newline. */
	public String body() {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
	}

	/**
	 * A checkpoint from a note's text; extension lines after the third are allowed and
	 * ignored.
	 */
	public static Checkpoint parse(String text) {
		String[] lines = text.split("\n", -1);
		if (lines.length < 4 || !text.endsWith("\n")) {
			throw new IllegalArgumentException("a checkpoint has an origin, a size and a root hash, each on a line");
		}
		if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
			throw new IllegalArgumentException("a checkpoint's size is a decimal without leading zeros: " + lines[1]);
		}
		byte[] root;
		try {
			root = Base64.getDecoder().decode(lines[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("a checkpoint's root hash is base64: " + lines[2], ex);
		}
		return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
	}

}
