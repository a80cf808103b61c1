package org.cooperation.tracker.query.ledger;

import java.util.Arrays;
import java.util.List;

/**
 * A member country's auditor as a witness of the log: it cosigns a checkpoint only when
 * the log signed it and it is consistent with the last checkpoint this witness signed
 * (RFC 9162 consistency proof), and then remembers it. A log that rewrote its history
 * cannot prove consistency with what the witness already signed, so the witness refuses,
 * and its earlier cosignature stands as evidence against the rewrite.
 */
public final class Witness {

	private final NoteKey key;

	private final NoteKey logKey;

	private long size;

	private byte[] root;

	/**
	 * @param key the witness's own signing key (type 0x04)
	 * @param logKey the log's verifier key
	 * @param size the size of the last checkpoint it signed, or -1 for none
	 * @param root that checkpoint's root hash, or null
	 */
	public Witness(NoteKey key, NoteKey logKey, long size, byte[] root) {
		this.key = key;
		this.logKey = logKey;
		this.size = size;
		this.root = (root == null) ? null : root.clone();
	}

	/** A checkpoint the witness will not cosign, and why. */
	public static final class Refused extends Exception {

		Refused(String reason) {
			super(reason);
		}

	}

	/**
	 * The checkpoint with this witness's cosignature added, after checking it against the
	 * last one signed with the log's consistency proof (empty for the first).
	 */
	public SignedNote cosign(SignedNote checkpoint, List<byte[]> consistencyProof, long now) throws Refused {
		if (!checkpoint.signedBy(logKey)) {
			throw new Refused("the checkpoint is not signed by the log's key " + logKey.verifierKey());
		}
		Checkpoint body = Checkpoint.parse(checkpoint.text());
		if (!body.origin().equals(logKey.name())) {
			throw new Refused("the checkpoint is of another log: " + body.origin());
		}
		if (size >= 0) {
			if (body.size() < size) {
				throw new Refused(
						"the checkpoint's size " + body.size() + " is smaller than the " + size + " already signed");
			}
			if (body.size() > size && consistencyProof.isEmpty()) {
				throw new Refused("a consistency proof from " + size + " to " + body.size() + " is needed");
			}
			boolean consistent = (body.size() == size) ? Arrays.equals(body.rootHash(), root)
					: MerkleProofs.verifyConsistency(size, body.size(), root, body.rootHash(), consistencyProof);
			if (!consistent) {
				throw new Refused("the log's tree of " + body.size() + " leaves is not consistent with the tree of "
						+ size + " leaves signed before: the history was rewritten");
			}
		}
		size = body.size();
		root = body.rootHash();
		return checkpoint.with(checkpoint.cosign(key, now));
	}

	/** The size of the last checkpoint signed. */
	public long size() {
		return size;
	}

	/** That checkpoint's root hash. */
	public byte[] root() {
		return (root == null) ? null : root.clone();
	}

}
