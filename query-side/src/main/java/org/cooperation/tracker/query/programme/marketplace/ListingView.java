package org.cooperation.tracker.query.programme.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.programme.marketplace.model.ListingStep;

/**
 * One creator's listing with its history. Contact details are personal data and are not
 * part of it: {@code contactOnFile} only says whether the command side keeps some.
 *
 * @param listingId the listing
 * @param initiativeId its marketplace initiative
 * @param country the creator's country
 * @param name the creator's or workshop's public name
 * @param craft what they do
 * @param city where they work
 * @param description what they make, or null
 * @param links their public pages
 * @param state LISTED, VERIFIED or DELISTED
 * @param contactOnFile whether contact details are on file
 * @param contactErasedAt when contact details were last erased, or null
 * @param listedAt when it was listed
 * @param verifiedAt when it was verified, or null
 * @param delistedAt when it was delisted, or null
 * @param delistReason why it was delisted, or null
 * @param sample true when any of its steps is demo data
 * @param history every step, oldest first
 * @param version the listing's version (its ETag, which a form sends back as If-Match)
 */
public record ListingView(UUID listingId, UUID initiativeId, Country country, String name, Craft craft, String city,
		LocalizedText description, List<String> links, ListingState state, boolean contactOnFile,
		Instant contactErasedAt, Instant listedAt, Instant verifiedAt, Instant delistedAt, String delistReason,
		boolean sample, List<ListingStepView> history, long version) {

	/**
	 * One step of a listing.
	 *
	 * @param step what happened (CONTACT_ERASED records an erasure, never what was
	 * erased)
	 * @param reason the reason of a delisting, else null
	 * @param recordedAt when it was recorded
	 * @param actor who recorded it
	 * @param actorRole their role
	 * @param actorCountry the country they act for
	 * @param correlationId the request that caused it
	 * @param sample true for demo data
	 */
	public record ListingStepView(ListingStep step, String reason, Instant recordedAt, String actor, String actorRole,
			String actorCountry, String correlationId, boolean sample) {
	}

}
