package org.cooperation.tracker.query.programme.archive;

import java.util.Map;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One holder's row of the exchange matrix.
 *
 * @param holder the country whose archive holds the originals
 * @param receivers the counts towards every other country, in the order of
 * {@link Country}
 */
public record ExchangeMatrixRow(Country holder, Map<Country, PairCounts> receivers) {

}
