package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A listing was taken off the marketplace; it is {@link ListingState#DELISTED}.
 *
 * @param listingId the listing
 * @param initiativeId the initiative
 * @param country the creator's country
 * @param from the state it left
 * @param reason why
 */
@Revision("1")
public record CreatorDelisted(CreatorListingId listingId, InitiativeId initiativeId, Country country, ListingState from,
		String reason) {

}
