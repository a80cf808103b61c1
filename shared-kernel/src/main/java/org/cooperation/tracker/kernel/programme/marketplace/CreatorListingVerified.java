package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat verified a listing; it is {@link ListingState#VERIFIED}.
 *
 * @param listingId the listing
 * @param initiativeId the initiative
 * @param country the creator's country
 */
@Revision("1")
public record CreatorListingVerified(CreatorListingId listingId, InitiativeId initiativeId, Country country) {

}
