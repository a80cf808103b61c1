package org.cooperation.tracker.command.idempotency;

import java.util.List;
import java.util.regex.Pattern;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * A client's {@code Idempotency-Key}, scoped to the signed-in caller who sent it: the
 * same key from two callers names two different requests.
 *
 * @param caller the signed-in caller's name
 * @param value the key as sent: 1 to 255 visible ASCII characters
 */
public record IdempotencyKey(String caller, String value) {

	public static final String HEADER = "Idempotency-Key";

	static final int MAX_LENGTH = 255;

	/** Visible ASCII, '!' to '~': a key a log line and a database column carry as is. */
	private static final Pattern VISIBLE_ASCII = Pattern.compile("[!-~]+");

	public IdempotencyKey {
		if (caller == null || caller.isBlank()) {
			throw new IllegalArgumentException("an idempotency key belongs to a signed-in caller");
		}
		if (value == null || value.isEmpty()) {
			throw new InvalidValueException("the " + HEADER + " header is empty; send 1 to " + MAX_LENGTH
					+ " visible ASCII characters, e.g. a UUID");
		}
		if (value.length() > MAX_LENGTH) {
			throw new InvalidValueException("the " + HEADER + " header is " + value.length()
					+ " characters long; at most " + MAX_LENGTH + " are accepted");
		}
		if (!VISIBLE_ASCII.matcher(value).matches()) {
			throw new InvalidValueException("the " + HEADER + " header may hold only visible ASCII characters "
					+ "('!' to '~': no spaces, no control or non-ASCII characters)");
		}
	}

	/** The key a request carries in its header values (exactly one is expected). */
	static IdempotencyKey sentBy(String caller, List<String> headerValues) {
		if (headerValues.size() != 1) {
			throw new InvalidValueException(
					"send one " + HEADER + " header, not " + headerValues.size() + "; a retry repeats the first one");
		}
		return new IdempotencyKey(caller, headerValues.get(0));
	}

	@Override
	public String toString() {
		return caller + "/" + value;
	}

}
