package org.cooperation.tracker.kernel.initiative;

import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

/**
 * Proposes an initiative under a protocol and one of its directions. Every participating
 * country starts at {@link ParticipationStatus#PROPOSED}.
 *
 * @param initiativeId the new initiative's id
 * @param protocolId the protocol it belongs to
 * @param directionId the direction of that protocol it serves
 * @param kind what it is
 * @param title its title in at least one language
 * @param description its description, or null
 * @param proposedBy the country that proposed it, or null when the source does not say
 * @param participants the participating countries, all parties of the protocol
 */
public record ProposeInitiative(@TargetAggregateIdentifier InitiativeId initiativeId, ProtocolId protocolId,
		DirectionId directionId, InitiativeKind kind, LocalizedText title, LocalizedText description,
		Country proposedBy, Set<Country> participants) {

	public ProposeInitiative {
		Checks.requiredFields("initiativeId", initiativeId, "protocolId", protocolId, "directionId", directionId,
				"kind", kind);
		Checks.title(Checks.required(title, "title"), "title");
		participants = (participants != null) ? Set.copyOf(participants) : Set.of();
		if (participants.isEmpty()) {
			throw new InvalidValueException("an initiative needs at least one participating country");
		}
	}

}
