package org.cooperation.tracker.query.programme.brand;

/**
 * A document kept elsewhere and the digest that identifies it.
 *
 * @param url where it is
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hexadecimal characters
 */
public record DocumentView(String url, String sha256) {

}
