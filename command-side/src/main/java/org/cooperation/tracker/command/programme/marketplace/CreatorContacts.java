package org.cooperation.tracker.command.programme.marketplace;

import java.time.Instant;
import java.util.Optional;

import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;

/**
 * Creators' contact details, kept beside the event store rather than in it: events are
 * never rewritten, so personal data in them could never be erased. Writes join the
 * transaction of the command that causes them, so details and events are stored (or
 * refused) together.
 */
public interface CreatorContacts {

	/** Puts the details on file for the listing, replacing any there. */
	void store(CreatorListingId listingId, InitiativeId initiativeId, CreatorContact contact);

	/** Removes the listing's details for good; nothing happens when none are on file. */
	void erase(CreatorListingId listingId);

	/** The details on file for the listing, if any. */
	Optional<OnFile> find(CreatorListingId listingId);

	/**
	 * Contact details as kept.
	 *
	 * @param listingId the listing
	 * @param initiativeId the marketplace initiative it belongs to
	 * @param contact the details
	 * @param recordedAt when they were put on file
	 */
	record OnFile(CreatorListingId listingId, InitiativeId initiativeId, CreatorContact contact, Instant recordedAt) {
	}

}
