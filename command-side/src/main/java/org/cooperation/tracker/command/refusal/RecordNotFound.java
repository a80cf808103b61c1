package org.cooperation.tracker.command.refusal;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * The path names a record inside an aggregate that does not exist, such as an unknown
 * member of a working group (answered as 404 Not Found).
 */
public class RecordNotFound extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	public RecordNotFound(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public RecordNotFound(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
