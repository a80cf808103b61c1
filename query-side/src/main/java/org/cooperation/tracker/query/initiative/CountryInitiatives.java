package org.cooperation.tracker.query.initiative;

import java.util.List;

/**
 * One country across all the initiatives it participates in.
 *
 * @param country the country
 * @param initiatives its standing on each, in the order the initiatives were proposed
 */
public record CountryInitiatives(CountryView country, List<CountryInitiative> initiatives) {

}
