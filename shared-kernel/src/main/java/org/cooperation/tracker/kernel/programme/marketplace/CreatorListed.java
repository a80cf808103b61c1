package org.cooperation.tracker.kernel.programme.marketplace;

import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A creator was listed; the listing is {@link ListingState#LISTED}. Carries no contact
 * details, only whether some were put on file.
 *
 * @param listingId the listing
 * @param initiativeId the marketplace initiative
 * @param country the creator's country
 * @param name the creator's or workshop's public name
 * @param craft what they do
 * @param city where they work
 * @param description what they make, or null
 * @param links their public pages
 * @param contactOnFile true when contact details were stored with the listing
 */
@Revision("1")
public record CreatorListed(CreatorListingId listingId, InitiativeId initiativeId, Country country, String name,
		Craft craft, String city, LocalizedText description, List<EvidenceLink> links, boolean contactOnFile) {

}
