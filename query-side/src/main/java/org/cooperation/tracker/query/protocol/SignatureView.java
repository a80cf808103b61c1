package org.cooperation.tracker.query.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One recorded signature of a protocol.
 *
 * @param protocolId the protocol
 * @param country the party that signed
 * @param signatory who signed
 * @param position the signatory's position, or null
 * @param signedOn the day of signing
 * @param recordedAt when the signature was recorded
 * @param sample true when it is demo data
 */
public record SignatureView(UUID protocolId, Country country, String signatory, String position, LocalDate signedOn,
		Instant recordedAt, boolean sample) {

}
