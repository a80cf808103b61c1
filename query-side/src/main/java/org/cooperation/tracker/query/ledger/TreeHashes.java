package org.cooperation.tracker.query.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 9162 (Certificate Transparency v2), section 2.1.1: SHA-256, a leaf
 * hashed with the prefix 0x00 and an interior node with 0x01, so that no leaf can pass
 * for a node.
 */
public final class TreeHashes {

	/** Bytes in every hash of the tree. */
	public static final int SIZE = 32;

	private TreeHashes() {
	}

	/** The root of the empty tree: SHA-256 of nothing. */
	public static byte[] emptyRoot() {
		return sha256().digest();
	}

	/** SHA-256(0x00 || leaf bytes). */
	public static byte[] leaf(byte[] leafBytes) {
		MessageDigest digest = sha256();
		digest.update((byte) 0x00);
		digest.update(leafBytes);
		return digest.digest();
	}

	/** SHA-256(0x01 || left || right). */
	public static byte[] node(byte[] left, byte[] right) {
		MessageDigest digest = sha256();
		digest.update((byte) 0x01);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	/** Plain SHA-256 of some bytes, for the digests of an event's parts. */
	public static byte[] digest(byte[] bytes) {
		return sha256().digest(bytes);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The largest power of two smaller than {@code n} (n at least 2): RFC 9162's k. */
	static long splitOf(long n) {
		return Long.highestOneBit(n - 1);
	}

}
