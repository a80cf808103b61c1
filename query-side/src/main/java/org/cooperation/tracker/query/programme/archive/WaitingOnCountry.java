package org.cooperation.tracker.query.programme.archive;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * What one country has to do next in an archive exchange.
 *
 * @param country the country
 * @param items the copies waiting on it, longest waiting first
 */
public record WaitingOnCountry(Country country, List<WaitingItem> items) {

}
