package org.cooperation.tracker.command.protocol;

import java.util.Map;
import java.util.Set;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

/**
 * What a protocol binds initiatives to: its parties and its agreed directions.
 *
 * @param protocolId the protocol
 * @param meetingTitle its meeting's title, for messages
 * @param parties the countries on its party list
 * @param directions its directions with their titles
 */
public record AgreedTerms(ProtocolId protocolId, LocalizedText meetingTitle, Set<Country> parties,
		Map<DirectionId, LocalizedText> directions) {

	public AgreedTerms {
		parties = Set.copyOf(parties);
		directions = Map.copyOf(directions);
	}

}
