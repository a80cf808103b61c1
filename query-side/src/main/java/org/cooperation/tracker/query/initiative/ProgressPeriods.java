package org.cooperation.tracker.query.initiative;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;

/**
 * The progress reports of an initiative as IATI result periods: one period per calendar
 * month with a report, holding each country's last figure of that month. The percent is
 * cumulative (the share of the work done by then), so the month's last report says what
 * the month achieved; a report for the same day filed later corrects the earlier one, as
 * in the status matrix. Months never overlap, so neither do the periods, which IATI asks
 * of one indicator.
 */
public final class ProgressPeriods {

	/** The figure that describes the later day, or for the same day was filed later. */
	private static final Comparator<HistoryEntryRow> LATER = Comparator.comparing(HistoryEntryRow::getAsOf)
		.thenComparingLong(HistoryEntryRow::getAggregateSequence);

	private ProgressPeriods() {
	}

	/**
	 * @param reports the initiative's progress-report entries, in any order
	 */
	public static List<ProgressPeriod> of(Collection<HistoryEntryRow> reports) {
		Map<YearMonth, Map<Country, HistoryEntryRow>> months = new TreeMap<>();
		for (HistoryEntryRow report : reports) {
			if (report.getAsOf() == null || report.getPercent() == null) {
				continue;
			}
			months.computeIfAbsent(YearMonth.from(report.getAsOf()), (month) -> new EnumMap<>(Country.class))
				.merge(report.getCountry(), report, (kept, other) -> (LATER.compare(other, kept) > 0) ? other : kept);
		}
		return months.entrySet()
			.stream()
			.map((month) -> new ProgressPeriod(month.getKey(), month.getValue()
				.values()
				.stream()
				.map((report) -> new ProgressPeriod.Figure(report.getCountry(), report.getPercent(), report.getAsOf()))
				.toList()))
			.toList();
	}

}
