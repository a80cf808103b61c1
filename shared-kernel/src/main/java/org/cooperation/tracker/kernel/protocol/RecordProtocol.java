package org.cooperation.tracker.kernel.protocol;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * Records a protocol signed at a meeting, with its parties and the directions agreed in
 * it. Signatures are recorded afterwards, one {@link RecordSignature} each.
 *
 * @param protocolId the new protocol's id
 * @param number the protocol's number, or null when it is not known
 * @param meetingDate the day of the meeting
 * @param place where the meeting was held
 * @param meetingTitle the meeting's title
 * @param parties the party list, each country once
 * @param directions the directions of cooperation agreed, possibly none yet
 */
public record RecordProtocol(@TargetAggregateIdentifier ProtocolId protocolId, String number, LocalDate meetingDate,
		String place, LocalizedText meetingTitle, List<Party> parties, List<AgreedDirection> directions) {

	public RecordProtocol {
		Checks.required(protocolId, "protocolId");
		number = Checks.optionalLine(number, "number");
		Checks.required(meetingDate, "meetingDate");
		place = Checks.requiredLine(place, "place");
		Checks.title(Checks.required(meetingTitle, "meetingTitle"), "meetingTitle");
		parties = (parties != null) ? List.copyOf(parties) : List.of();
		directions = (directions != null) ? List.copyOf(directions) : List.of();
	}

}
