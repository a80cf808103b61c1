package org.cooperation.tracker.kernel.programme.marketplace;

import java.util.regex.Pattern;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * How to reach a listed creator: personal data. It travels in commands only, is stored
 * apart from the event store so that it can be erased, and never appears in an event. Its
 * {@link #toString()} hides the values, so a log line cannot leak them. Messages about a
 * bad value never repeat the value.
 *
 * @param email an e-mail address, or null
 * @param phone a telephone number, or null
 */
public record CreatorContact(String email, String phone) {

	/** Longest e-mail address (RFC 5321 path limit). */
	public static final int MAX_EMAIL_LENGTH = 254;

	public static final int MAX_PHONE_LENGTH = 32;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-.]*[0-9]");

	public CreatorContact {
		email = Checks.optionalLine(email, "email", MAX_EMAIL_LENGTH);
		phone = Checks.optionalLine(phone, "phone", MAX_PHONE_LENGTH);
		if (email == null && phone == null) {
			throw new InvalidValueException("contact details need an email or a phone number");
		}
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidValueException("email is not an e-mail address of the form name@domain.tld");
		}
		if (phone != null && (!PHONE.matcher(phone).matches() || digits(phone) < 5)) {
			throw new InvalidValueException(
					"phone is not a telephone number: digits with an optional leading +, spaces, dots, dashes or brackets");
		}
	}

	private static long digits(String text) {
		return text.chars().filter(Character::isDigit).count();
	}

	@Override
	public String toString() {
		return "CreatorContact[email=" + ((email != null) ? "<hidden>" : "none") + ", phone="
				+ ((phone != null) ? "<hidden>" : "none") + "]";
	}

}
