package org.cooperation.tracker.accounts;

import org.cooperation.tracker.kernel.common.Phrase;

/** No account has that user name. */
public class AccountNotFound extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	AccountNotFound(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	AccountNotFound(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
