package org.cooperation.tracker.query.programme.archive;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One country's side of the exchange.
 *
 * @param country the country
 * @param received copies it received intact
 * @param delivered copies of its own the other side received intact
 * @param waitingOn copies whose next step is this country's
 */
public record CountryExchangeTotals(Country country, long received, long delivered, long waitingOn) {

}
