package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat confirms a listing after checking it.
 *
 * @param listingId the listing
 * @param initiativeId the initiative it belongs to
 */
public record VerifyCreatorListing(@TargetAggregateIdentifier CreatorListingId listingId, InitiativeId initiativeId) {

	public VerifyCreatorListing {
		Checks.requiredFields("listingId", listingId, "initiativeId", initiativeId);
	}

}
