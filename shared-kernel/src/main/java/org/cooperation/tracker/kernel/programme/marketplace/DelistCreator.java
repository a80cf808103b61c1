package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Takes a listing off the marketplace.
 *
 * @param listingId the listing
 * @param initiativeId the initiative it belongs to
 * @param reason why
 */
public record DelistCreator(@TargetAggregateIdentifier CreatorListingId listingId, InitiativeId initiativeId,
		String reason) {

	public DelistCreator {
		Checks.requiredFields("listingId", listingId, "initiativeId", initiativeId);
		reason = Checks.requiredText(reason, "reason");
	}

}
