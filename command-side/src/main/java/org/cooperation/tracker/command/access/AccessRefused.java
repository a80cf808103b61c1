package org.cooperation.tracker.command.access;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * The caller may not do this to this record: the stored record belongs to another
 * country, or the caller's role never does it. Answered as 403; nothing is recorded.
 */
public class AccessRefused extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	public AccessRefused(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public AccessRefused(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
