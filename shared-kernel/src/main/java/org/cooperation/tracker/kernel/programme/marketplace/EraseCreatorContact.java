package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Erases a creator's contact details for good, on their request; the listing's events
 * stay, and the erasure itself is recorded.
 *
 * @param listingId the listing
 * @param initiativeId the initiative it belongs to
 */
public record EraseCreatorContact(@TargetAggregateIdentifier CreatorListingId listingId, InitiativeId initiativeId) {

	public EraseCreatorContact {
		Checks.requiredFields("listingId", listingId, "initiativeId", initiativeId);
	}

}
