package org.cooperation.tracker.kernel.initiative;

import java.util.Set;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

/**
 * An initiative was proposed; each participant now stands at
 * {@link ParticipationStatus#PROPOSED}.
 *
 * @param initiativeId the initiative
 * @param protocolId the protocol it belongs to
 * @param directionId the direction it serves
 * @param kind what it is
 * @param title its title
 * @param description its description, or null
 * @param proposedBy the proposing country, or null when not known
 * @param participants the participating countries
 */
@Revision("1")
public record InitiativeProposed(InitiativeId initiativeId, ProtocolId protocolId, DirectionId directionId,
		InitiativeKind kind, LocalizedText title, LocalizedText description, Country proposedBy,
		Set<Country> participants) {

}
