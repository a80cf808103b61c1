package org.cooperation.tracker.query.programme.marketplace;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;

/**
 * The listings that match a filter, with their counts. Every count is over the listings
 * shown.
 *
 * @param initiativeId the marketplace initiative
 * @param title its title
 * @param country the country asked for, or null for all
 * @param craft the craft asked for, or null for all
 * @param state the state asked for, or null for all
 * @param total how many listings match
 * @param byCountry matching listings per country, in the order of {@link Country}
 * @param byCraft matching listings per craft, in the order of {@link Craft}
 * @param byState matching listings per state
 * @param byCountryAndCraft matching listings per country, then per craft
 * @param listings the matching listings, by country, then in the order listed
 */
public record MarketplaceListings(UUID initiativeId, LocalizedText title, Country country, Craft craft,
		ListingState state, long total, Map<Country, Long> byCountry, Map<Craft, Long> byCraft,
		Map<ListingState, Long> byState, Map<Country, Map<Craft, Long>> byCountryAndCraft, List<ListingView> listings) {

}
