package org.cooperation.tracker.command.idempotency;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.cooperation.tracker.kernel.common.Sha256;

/**
 * What a request asked for, as a SHA-256 over its method, path, query and body bytes: a
 * retry carries the same fingerprint, another request under the same key does not. Only
 * the digest is kept, so a body's personal data never lands in the key table.
 *
 * @param digest the SHA-256
 */
record RequestFingerprint(Sha256 digest) {

	/**
	 * The parts are separated by a line feed, which none of method, path or query can
	 * hold unencoded, so two different requests cannot run together into the same input.
	 */
	static RequestFingerprint of(String method, String path, String query, byte[] body) {
		ByteArrayOutputStream input = new ByteArrayOutputStream(body.length + 256);
		input.writeBytes(
				(method + "\n" + path + "\n" + ((query != null) ? query : "") + "\n").getBytes(StandardCharsets.UTF_8));
		input.writeBytes(body);
		return new RequestFingerprint(Sha256.of(input.toByteArray()));
	}

	static RequestFingerprint of(String hex) {
		return new RequestFingerprint(Sha256.of(hex));
	}

	String hex() {
		return digest.hex();
	}

}
