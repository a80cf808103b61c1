package org.cooperation.tracker.query.protocol;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;

/**
 * A party of a protocol.
 *
 * @param country the country
 * @param role its role at the meeting
 * @param designatedSignatory who is to sign for it, or null when not known
 * @param signature the recorded signature, or null while none is recorded
 */
public record PartyView(Country country, PartyRole role, String designatedSignatory, SignatureSummary signature) {

}
