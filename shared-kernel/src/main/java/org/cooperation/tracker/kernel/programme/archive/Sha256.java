package org.cooperation.tracker.kernel.programme.archive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * A SHA-256 digest as 64 hexadecimal characters, kept in lower case so that two spellings
 * of one digest compare equal.
 *
 * @param value the digest in lower-case hexadecimal
 */
public record Sha256(String value) {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

	public Sha256 {
		Checks.required(value, "checksum");
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!HEX_64.matcher(value).matches()) {
			String shown = (value.length() <= 80) ? "'" + value + "'" : "a text of " + value.length() + " characters";
			throw new InvalidValueException(
					"checksum must be a SHA-256 digest of 64 hexadecimal characters, not " + shown);
		}
	}

	/** The digest of the given bytes. */
	public static Sha256 of(byte[] content) {
		try {
			return new Sha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime provides SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
