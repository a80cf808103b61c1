package org.cooperation.tracker.query.initiative;

import java.util.List;

import org.cooperation.tracker.query.common.Moment;

/**
 * One country across all the initiatives it participates in.
 *
 * @param country the country
 * @param initiatives its standing on each, in the order the initiatives were proposed
 * @param moment when: now, or in the past on one of the two time axes
 */
public record CountryInitiatives(CountryView country, List<CountryInitiative> initiatives, Moment moment) {

	/** The country across its initiatives now. */
	public CountryInitiatives(CountryView country, List<CountryInitiative> initiatives) {
		this(country, initiatives, Moment.NOW);
	}

}
