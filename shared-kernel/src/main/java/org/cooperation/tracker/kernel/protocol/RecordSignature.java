package org.cooperation.tracker.kernel.protocol;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Records that a party signed the protocol: who signed is a recorded fact, never assumed
 * from the party list.
 *
 * @param protocolId the protocol
 * @param country the party that signed
 * @param signatory the person who signed
 * @param position the signatory's position, or null
 * @param signedOn the day of signing
 */
public record RecordSignature(@TargetAggregateIdentifier ProtocolId protocolId, Country country, String signatory,
		String position, LocalDate signedOn) {

	public RecordSignature {
		Checks.requiredFields("protocolId", protocolId, "country", country);
		signatory = Checks.requiredLine(signatory, "signatory");
		position = Checks.optionalLine(position, "position");
		Checks.required(signedOn, "signedOn");
	}

}
