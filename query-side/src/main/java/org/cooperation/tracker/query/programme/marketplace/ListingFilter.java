package org.cooperation.tracker.query.programme.marketplace;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.programme.marketplace.model.CreatorListingRow;

/**
 * Which listings to show; null in a field matches every value.
 *
 * @param country only this country's creators, or null
 * @param craft only this craft, or null
 * @param state only listings in this state, or null
 */
public record ListingFilter(Country country, Craft craft, ListingState state) {

	/** Whether the listing passes every field of the filter that is set. */
	boolean matches(CreatorListingRow row) {
		return (country == null || row.getCountry() == country) && (craft == null || row.getCraft() == craft)
				&& (state == null || row.getState() == state);
	}

	/**
	 * The filter as written in a query string: codes and names in any letter case, blank
	 * for all.
	 */
	public static ListingFilter parse(String country, String craft, String state) {
		return new ListingFilter(QueryValues.blank(country) ? null : Country.fromCode(country),
				QueryValues.named(Craft.class, "craft", craft), QueryValues.named(ListingState.class, "state", state));
	}

}
