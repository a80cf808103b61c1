package org.cooperation.tracker.kernel.programme.marketplace;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country's liaison lists one of its creators on the marketplace.
 *
 * @param listingId the new listing's id
 * @param initiativeId the marketplace initiative
 * @param country the creator's country, for which the liaison records
 * @param name the creator's or workshop's public name
 * @param craft what they do
 * @param city where they work
 * @param description what they make, or null
 * @param links their public pages (portfolio, shop), possibly none
 * @param contact how to reach them (personal data, kept out of events), or null
 */
public record ListCreator(@TargetAggregateIdentifier CreatorListingId listingId, InitiativeId initiativeId,
		Country country, String name, Craft craft, String city, LocalizedText description, List<EvidenceLink> links,
		CreatorContact contact) {

	/** Most links one listing may carry. */
	public static final int MAX_LINKS = 10;

	public ListCreator {
		Checks.requiredFields("listingId", listingId, "initiativeId", initiativeId, "country", country);
		name = Checks.requiredLine(name, "name");
		Checks.required(craft, "craft");
		city = Checks.requiredLine(city, "city");
		links = (links != null) ? List.copyOf(links) : List.of();
		if (links.size() > MAX_LINKS) {
			throw new InvalidValueException("at most " + MAX_LINKS + " links, not " + links.size());
		}
	}

}
