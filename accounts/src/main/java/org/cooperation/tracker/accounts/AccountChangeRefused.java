package org.cooperation.tracker.accounts;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * A change an account's rules refuse given its current state: a taken user name, an admin
 * disabling their own account.
 */
public class AccountChangeRefused extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	AccountChangeRefused(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	AccountChangeRefused(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
