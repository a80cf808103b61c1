package org.cooperation.tracker.query.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 key of a C2SP signed note: its name, its 32-byte public key, the signature
 * type byte it signs with (0x01 for a log's note signature, 0x04 for a tlog-cosignature),
 * and the private key when this side signs. The key ID and the verifier key string
 * ({@code name+keyid+base64(type || public key)}) are the spec's.
 */
public final class NoteKey {

	/** A note signature by the log itself (signed-note). */
	public static final byte ED25519 = 0x01;

	/** A timestamped cosignature (tlog-cosignature). */
	public static final byte COSIGNATURE = 0x04;

	/** What the JDK puts before the 32 key bytes in an Ed25519 X.509 encoding. */
	private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

	private final String name;

	private final byte type;

	private final byte[] publicKey;

	private final PrivateKey privateKey;

	private NoteKey(String name, byte type, byte[] publicKey, PrivateKey privateKey) {
		if (name.isEmpty() || name.chars().anyMatch((c) -> c == '+' || Character.isWhitespace(c))) {
			throw new IllegalArgumentException("a note key's name has no spaces and no '+': " + name);
		}
		if (publicKey.length != 32) {
			throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
		}
		this.name = name;
		this.type = type;
		this.publicKey = publicKey.clone();
		this.privateKey = privateKey;
	}

	/** A new key pair, from the JDK's Ed25519. */
	public static NoteKey generate(String name, byte type) {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			return new NoteKey(name, type, raw(pair.getPublic()), pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", ex);
		}
	}

	/** A signing key from its stored parts (the private key PKCS#8-encoded). */
	public static NoteKey signing(String name, byte type, byte[] publicKey, byte[] pkcs8PrivateKey) {
		try {
			PrivateKey key = KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(pkcs8PrivateKey));
			return new NoteKey(name, type, publicKey, key);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the stored signing key " + name + " cannot be read", ex);
		}
	}

	/** A key that can only verify, from its parts. */
	public static NoteKey verifier(String name, byte type, byte[] publicKey) {
		return new NoteKey(name, type, publicKey, null);
	}

	/** A key that can only verify, from its verifier key string. */
	public static NoteKey verifier(String vkey) {
		// The name and key ID hold no '+'; the base64 key may.
		String trimmed = vkey.trim();
		int first = trimmed.indexOf('+');
		int second = (first < 0) ? -1 : trimmed.indexOf('+', first + 1);
		if (first < 1 || second < 0) {
			throw new IllegalArgumentException("a verifier key is name+keyid+base64key: " + vkey);
		}
		String[] parts = { trimmed.substring(0, first), trimmed.substring(first + 1, second),
				trimmed.substring(second + 1) };
		byte[] material;
		try {
			material = Base64.getDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("the verifier key's key is not base64: " + vkey, ex);
		}
		if (material.length != 33 || (material[0] != ED25519 && material[0] != COSIGNATURE)) {
			throw new IllegalArgumentException("not an Ed25519 verifier key (type 0x01 or 0x04): " + vkey);
		}
		NoteKey key = new NoteKey(parts[0], material[0], Arrays.copyOfRange(material, 1, 33), null);
		if (!HexFormat.of().formatHex(key.keyId()).equals(parts[1].toLowerCase())) {
			throw new IllegalArgumentException("the verifier key's key ID does not match its key: " + vkey);
		}
		return key;
	}

	public String name() {
		return name;
	}

	public byte type() {
		return type;
	}

	public byte[] publicKey() {
		return publicKey.clone();
	}

	/** PKCS#8 encoding of the private key, for storing it. */
	public byte[] privateKeyEncoded() {
		if (privateKey == null) {
			throw new IllegalStateException("a verifier key has no private part");
		}
		return privateKey.getEncoded();
	}

	/** SHA-256(name || 0x0A || type || public key)[:4]. */
	public byte[] keyId() {
		MessageDigest digest = TreeHashes.sha256();
		digest.update(name.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0x0A);
		digest.update(type);
		digest.update(publicKey);
		return Arrays.copyOf(digest.digest(), 4);
	}

	/** The verifier key: {@code name+hex(key ID)+base64(type || public key)}. */
	public String verifierKey() {
		byte[] material = new byte[33];
		material[0] = type;
		System.arraycopy(publicKey, 0, material, 1, 32);
		return name + "+" + HexFormat.of().formatHex(keyId()) + "+" + Base64.getEncoder().encodeToString(material);
	}

	/** An Ed25519 signature over the message. */
	public byte[] sign(byte[] message) {
		if (privateKey == null) {
			throw new IllegalStateException("a verifier key cannot sign");
		}
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("signing with " + name + " failed", ex);
		}
	}

	/** Whether the signature is this key's over the message. */
	public boolean verify(byte[] message, byte[] signatureBytes) {
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, publicKey)));
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(message);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] raw(PublicKey key) {
		byte[] encoded = key.getEncoded();
		return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
