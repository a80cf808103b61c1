package org.cooperation.tracker.kernel.common;

/**
 * A value type refused what it was given. Both applications answer it as a client mistake
 * (400), because every value type checks itself when it is made from user input. The
 * common refusals (a required field, a text too long or holding a refused character, an
 * implausible date) carry their words as a {@link Phrase} too, so the answer can be in
 * the caller's language; the others are answered in English.
 */
public class InvalidValueException extends IllegalArgumentException implements Phrase.Phrased {

	private final String part;

	private final transient Phrase phrase;

	public InvalidValueException(String message) {
		this(message, null, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public InvalidValueException(String message, Phrase phrase) {
		this(message, phrase, null);
	}

	private InvalidValueException(String message, Phrase phrase, String part) {
		super(message);
		this.phrase = phrase;
		this.part = part;
	}

	/**
	 * The same refusal, said of one part of the value: the language {@code en} of a text.
	 * A reader of a request body adds it to the path of the field that held the value, so
	 * that the answer can say {@code title.en}, not only {@code title}.
	 */
	public InvalidValueException within(String part) {
		InvalidValueException within = new InvalidValueException(getMessage(), phrase, part);
		within.setStackTrace(getStackTrace());
		return within;
	}

	/** The part of the value at fault, as its field is named in a request; or null. */
	public String part() {
		return part;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
