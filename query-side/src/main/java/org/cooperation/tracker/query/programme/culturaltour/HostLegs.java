package org.cooperation.tracker.query.programme.culturaltour;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * The legs one country hosts in an edition.
 *
 * @param host the hosting country
 * @param hostName its English name
 * @param legs its legs, by first day
 */
public record HostLegs(Country host, String hostName, List<TourLegView> legs) {

}
