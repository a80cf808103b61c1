package org.cooperation.tracker.kernel.common;

/**
 * A value type refused what it was given. Both applications answer it as a client mistake
 * (400), because every value type checks itself when it is made from user input.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String part;

	public InvalidValueException(String message) {
		this(message, null);
	}

	private InvalidValueException(String message, String part) {
		super(message);
		this.part = part;
	}

	/**
	 * The same refusal, said of one part of the value: the language {@code en} of a text.
	 * A reader of a request body adds it to the path of the field that held the value, so
	 * that the answer can say {@code title.en}, not only {@code title}.
	 */
	public InvalidValueException within(String part) {
		InvalidValueException within = new InvalidValueException(getMessage(), part);
		within.setStackTrace(getStackTrace());
		return within;
	}

	/** The part of the value at fault, as its field is named in a request; or null. */
	public String part() {
		return part;
	}

}
