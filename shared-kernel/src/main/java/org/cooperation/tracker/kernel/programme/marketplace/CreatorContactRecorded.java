package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Contact details were put on file for a listing (replacing any before). The details
 * themselves are not in the event.
 *
 * @param listingId the listing
 * @param initiativeId the initiative
 * @param country the creator's country
 */
@Revision("1")
public record CreatorContactRecorded(CreatorListingId listingId, InitiativeId initiativeId, Country country) {

}
