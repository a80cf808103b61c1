package org.cooperation.tracker.command.refusal;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * A command's body names something that does not exist, such as an unknown protocol or
 * direction (answered as 422: the request is well-formed but refers to nothing).
 */
public class UnknownReference extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	public UnknownReference(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public UnknownReference(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
