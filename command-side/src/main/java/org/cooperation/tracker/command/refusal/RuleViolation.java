package org.cooperation.tracker.command.refusal;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * A command broke a rule of the domain given the current state (answered as 409
 * Conflict). The message names the rule's subject and the current state, for the person
 * who asked.
 */
public class RuleViolation extends RuntimeException implements Phrase.Phrased {

	private final transient Phrase phrase;

	public RuleViolation(String message) {
		this(message, null);
	}

	/** A refusal worded by a phrase too, whose English text is the message. */
	public RuleViolation(String message, Phrase phrase) {
		super(message);
		this.phrase = phrase;
	}

	@Override
	public Phrase phrase() {
		return phrase;
	}

}
