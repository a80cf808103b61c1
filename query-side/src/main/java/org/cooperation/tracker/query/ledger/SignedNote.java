package org.cooperation.tracker.query.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A C2SP signed note: a text ending in a newline, a blank line, and signature lines
 * {@code — <key name> base64(key ID || signature)}. Log signatures (type 0x01) sign the
 * text; tlog-cosignatures (type 0x04) sign {@code cosignature/v1}, a {@code time} line
 * and the text, and carry the time before the signature.
 *
 * @param text the signed text, its final newline included
 * @param signatures the signature lines, in order
 */
public record SignedNote(String text, List<Line> signatures) {

	private static final String DASH = "\u2014 ";

	/** One signature line. */
	public record Line(String keyName, byte[] signature) {

		/** The first four bytes: the key ID. */
		byte[] keyId() {
			return Arrays.copyOf(signature, 4);
		}

		public String format() {
			return DASH + keyName + " " + Base64.getEncoder().encodeToString(signature) + "\n";
		}

	}

	public SignedNote {
		if (!text.endsWith("\n")) {
			throw new IllegalArgumentException("a note's text ends in a newline");
		}
		signatures = List.copyOf(signatures);
	}

	/** The text signed by the log's key. */
	public static SignedNote sign(String text, NoteKey key) {
		byte[] signature = key.sign(text.getBytes(StandardCharsets.UTF_8));
		return new SignedNote(text, List.of(new Line(key.name(), concat(key.keyId(), signature))));
	}

	/** A tlog-cosignature of this note's text by the key, at the given POSIX time. */
	public Line cosign(NoteKey key, long timestamp) {
		byte[] signature = key.sign(cosignedMessage(timestamp));
		ByteBuffer line = ByteBuffer.allocate(4 + 8 + signature.length);
		line.put(key.keyId()).putLong(timestamp).put(signature);
		return new Line(key.name(), line.array());
	}

	/** This note with one more signature line. */
	public SignedNote with(Line line) {
		List<Line> all = new ArrayList<>(signatures);
		all.add(line);
		return new SignedNote(text, all);
	}

	/**
	 * Whether a line of this note is a valid signature by the key (a log's or a
	 * cosigner's).
	 */
	public boolean signedBy(NoteKey key) {
		return signatures.stream()
			.filter((line) -> line.keyName().equals(key.name()) && Arrays.equals(line.keyId(), key.keyId()))
			.anyMatch((line) -> valid(line, key));
	}

	/** The time of the key's valid cosignature, or -1 when it has none. */
	public long cosignedAt(NoteKey key) {
		return signatures.stream()
			.filter((line) -> line.keyName().equals(key.name()) && Arrays.equals(line.keyId(), key.keyId()))
			.filter((line) -> valid(line, key))
			.mapToLong((line) -> ByteBuffer.wrap(line.signature(), 4, 8).getLong())
			.findFirst()
			.orElse(-1);
	}

	private boolean valid(Line line, NoteKey key) {
		byte[] bytes = line.signature();
		if (key.type() == NoteKey.COSIGNATURE) {
			if (bytes.length != 4 + 8 + 64) {
				return false;
			}
			long timestamp = ByteBuffer.wrap(bytes, 4, 8).getLong();
			return timestamp >= 0 && key.verify(cosignedMessage(timestamp), Arrays.copyOfRange(bytes, 12, 76));
		}
		return bytes.length == 4 + 64
				&& key.verify(text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(bytes, 4, 68));
	}

	private byte[] cosignedMessage(long timestamp) {
		return ("cosignature/v1\ntime " + timestamp + "\n" + text).getBytes(StandardCharsets.UTF_8);
	}

	/** The note as served: text, blank line, signature lines. */
	public String format() {
		StringBuilder note = new StringBuilder(text).append('\n');
		signatures.forEach((line) -> note.append(line.format()));
		return note.toString();
	}

	/**
	 * A note from its served form; the text is separated from the signatures by the last
	 * blank line.
	 */
	public static SignedNote parse(String note) {
		if (note.chars().anyMatch((c) -> c < 0x20 && c != '\n')) {
			throw new IllegalArgumentException("a note holds no control characters but newlines");
		}
		int separator = note.lastIndexOf("\n\n");
		if (separator < 0 || !note.endsWith("\n")) {
			throw new IllegalArgumentException("a note is a text, a blank line and signature lines");
		}
		String text = note.substring(0, separator + 1);
		List<Line> lines = new ArrayList<>();
		for (String line : note.substring(separator + 2).split("\n")) {
			if (!line.startsWith(DASH)) {
				throw new IllegalArgumentException("a signature line starts with an em dash: " + line);
			}
			String[] parts = line.substring(DASH.length()).split(" ");
			if (parts.length != 2) {
				throw new IllegalArgumentException("a signature line is a key name and a signature: " + line);
			}
			byte[] signature;
			try {
				signature = Base64.getDecoder().decode(parts[1]);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("a signature is base64: " + line, ex);
			}
			if (signature.length < 5) {
				throw new IllegalArgumentException("a signature has a key ID and signature bytes: " + line);
			}
			lines.add(new Line(parts[0], signature));
		}
		return new SignedNote(text, lines);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

}
