package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A calendar month in which countries reported progress on an initiative, with each
 * country's last figure of the month.
 *
 * @param month the month
 * @param figures one per country that reported in it, in the order of {@link Country}
 */
public record ProgressPeriod(YearMonth month, List<Figure> figures) {

	public LocalDate start() {
		return month.atDay(1);
	}

	public LocalDate end() {
		return month.atEndOfMonth();
	}

	/**
	 * One country's reported percent of the work done.
	 *
	 * @param country who reported
	 * @param percent the figure
	 * @param asOf the day it describes
	 */
	public record Figure(Country country, int percent, LocalDate asOf) {

	}

}
