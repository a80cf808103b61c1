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

	private final String field;

	private final transient Phrase phrase;

	public InvalidValueException(String message) {
		this(message, null, null, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public InvalidValueException(String message, Phrase phrase) {
		this(message, phrase, null, null);
	}

	private InvalidValueException(String message, Phrase phrase, String part, String field) {
		super(message);
		this.phrase = phrase;
		this.part = part;
		this.field = field;
	}

	/**
	 * A refusal of the value a named field held ({@code percent}, {@code title.en}), so
	 * that an answer can point at the field, and a form show the refusal beside it.
	 */
	public static InvalidValueException ofField(String field, String message, Phrase phrase) {
		return new InvalidValueException(message, phrase, null, field);
	}

	/**
	 * The same refusal, said of one part of the value: the language {@code en} of a text.
	 * A reader of a request body adds it to the path of the field that held the value, so
	 * that the answer can say {@code title.en}, not only {@code title}.
	 */
	public InvalidValueException within(String part) {
		InvalidValueException within = new InvalidValueException(getMessage(), phrase, part, field);
		within.setStackTrace(getStackTrace());
		return within;
	}

	/** The part of the value at fault, as its field is named in a request; or null. */
	public String part() {
		return part;
	}

	/**
	 * The field whose value was refused, as the check named it; or null. Checks name
	 * fields as requests do ({@code startDate}) or in words ({@code party country}).
	 */
	public String field() {
		return field;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
