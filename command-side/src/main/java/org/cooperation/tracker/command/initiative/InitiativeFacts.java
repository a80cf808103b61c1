package org.cooperation.tracker.command.initiative;

import java.util.Set;

import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * What other aggregates need to know of an initiative: its kind, title and participants.
 *
 * @param initiativeId the initiative
 * @param kind what it is
 * @param title its title, for messages
 * @param participants its participating countries
 */
public record InitiativeFacts(InitiativeId initiativeId, InitiativeKind kind, String title, Set<Country> participants) {

	public InitiativeFacts {
		participants = Set.copyOf(participants);
	}

	/**
	 * Programme records belong to an initiative of their own kind: a film screening on
	 * the marketplace initiative is an error, not data.
	 */
	public InitiativeFacts requireKind(InitiativeKind expected, String record) {
		if (kind != expected) {
			throw new RuleViolation("'" + title + "' is an initiative of kind " + kind + "; " + record
					+ " belongs to an initiative of kind " + expected);
		}
		return this;
	}

	/** Only a participating country keeps records on an initiative. */
	public InitiativeFacts requireParticipant(Country country) {
		if (!participants.contains(country)) {
			throw new RuleViolation(
					country.nameEn() + " does not participate in '" + title + "'; its participants are " + participants,
					Phrase.of("refusal.notParticipating", country, title, participants));
		}
		return this;
	}

}
