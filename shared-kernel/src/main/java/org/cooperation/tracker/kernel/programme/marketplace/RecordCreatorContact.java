package org.cooperation.tracker.kernel.programme.marketplace;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Puts a creator's contact details on file, replacing any given before.
 *
 * @param listingId the listing
 * @param initiativeId the initiative it belongs to
 * @param contact the details (personal data, kept out of events)
 */
public record RecordCreatorContact(@TargetAggregateIdentifier CreatorListingId listingId, InitiativeId initiativeId,
		CreatorContact contact) {

	public RecordCreatorContact {
		Checks.requiredFields("listingId", listingId, "initiativeId", initiativeId, "contact", contact);
	}

}
