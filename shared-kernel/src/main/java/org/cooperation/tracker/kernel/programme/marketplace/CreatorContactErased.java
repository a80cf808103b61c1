package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A listing's contact details were erased for good: auditors see that and when it
 * happened, and nothing of what was erased.
 *
 * @param listingId the listing
 * @param initiativeId the initiative
 * @param country the creator's country
 */
@Revision("1")
public record CreatorContactErased(CreatorListingId listingId, InitiativeId initiativeId, Country country) {

}
