package org.cooperation.tracker.kernel.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SHA-256 digest of a document, as 64 hexadecimal characters (kept in lower case), so
 * that a reader can check the file behind a link is the one that was recorded.
 *
 * @param hex the digest in hexadecimal
 */
public record Sha256(String hex) {

	/** Hexadecimal characters in a digest. */
	public static final int LENGTH = 64;

	/**
	 * What a request may give: the digest in either letter case, white space around it
	 * stripped; the OpenAPI document's pattern too.
	 */
	public static final String REQUEST_PATTERN = "^\\s*[0-9a-fA-F]{" + LENGTH + "}\\s*$";

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{" + LENGTH + "}");

	public Sha256 {
		Checks.required(hex, "SHA-256");
		hex = PrintableText.check(hex.strip(), "SHA-256", PrintableText.Kind.LINE).toLowerCase(Locale.ROOT);
		if (!HEX_64.matcher(hex).matches()) {
			throw new InvalidValueException("a SHA-256 is 64 hexadecimal characters (0-9, a-f); " + Checks.excerpt(hex)
					+ " is " + hex.length() + " characters long"
					+ (hex.chars().allMatch(Sha256::isHexDigit) ? "" : " and not all hexadecimal"));
		}
	}

	public static Sha256 of(String hex) {
		return new Sha256(hex);
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

	private static boolean isHexDigit(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
	}

	@Override
	public String toString() {
		return hex;
	}

}
