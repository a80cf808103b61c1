package org.cooperation.tracker.query.programme.archive;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;

/**
 * Every ordered pair of countries (holder to receiver) with its copies counted by state.
 *
 * @param initiativeId the archive-exchange initiative
 * @param title its title
 * @param countries all six countries, the rows and columns of the matrix
 * @param states every state, in lifecycle order
 * @param rows one row per holder; a country's own column is absent
 * @param totals per country: received, delivered and waiting on it
 */
public record ExchangeMatrix(UUID initiativeId, LocalizedText title, List<Country> countries,
		List<ArchiveCopyState> states, List<ExchangeMatrixRow> rows, List<CountryExchangeTotals> totals) {

	/**
	 * One holder's row of the exchange matrix.
	 *
	 * @param holder the country whose archive holds the originals
	 * @param receivers the counts towards every other country, in the order of
	 * {@link Country}
	 */
	public record ExchangeMatrixRow(Country holder, Map<Country, PairCounts> receivers) {
	}

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

}
