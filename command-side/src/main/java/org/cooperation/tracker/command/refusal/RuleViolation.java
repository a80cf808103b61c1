package org.cooperation.tracker.command.refusal;

/**
 * A command broke a rule of the domain given the current state (answered as 409
 * Conflict). The message names the rule's subject and the current state, for the person
 * who asked.
 */
public class RuleViolation extends RuntimeException {

	public RuleViolation(String message) {
		super(message);
	}

}
