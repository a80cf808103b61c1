package org.cooperation.tracker.query.protocol;

import java.time.LocalDate;

/**
 * A recorded signature, as shown with its party.
 *
 * @param signatory who signed
 * @param position the signatory's position, or null
 * @param signedOn the day of signing
 */
public record SignatureSummary(String signatory, String position, LocalDate signedOn) {

}
