package org.cooperation.tracker.kernel.protocol;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A party signed the protocol.
 *
 * @param protocolId the protocol
 * @param country the party that signed
 * @param signatory the person who signed
 * @param position the signatory's position, or null
 * @param signedOn the day of signing
 */
@Revision("1")
public record ProtocolSigned(ProtocolId protocolId, Country country, String signatory, String position,
		LocalDate signedOn) {

}
