package org.cooperation.tracker.query.programme.marketplace;

import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;

/**
 * Which listings to show; null in a field matches every value.
 *
 * @param country only this country's creators, or null
 * @param craft only this craft, or null
 * @param state only listings in this state, or null
 */
public record ListingFilter(Country country, Craft craft, ListingState state) {

	public static final ListingFilter ALL = new ListingFilter(null, null, null);

	/**
	 * The filter as written in a query string: codes and names in any letter case, blank
	 * for all.
	 */
	public static ListingFilter parse(String country, String craft, String state) {
		return new ListingFilter(QueryValues.blank(country) ? null : Country.fromCode(country),
				QueryValues.named(Craft.class, "craft", craft), QueryValues.named(ListingState.class, "state", state));
	}

}
