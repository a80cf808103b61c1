package org.cooperation.tracker.query.replay;

import java.util.List;

/**
 * How a rebuilt read model compared with the one it replaced, table by table, at the same
 * position in the event history.
 *
 * @param identical whether every table has exactly the same rows
 * @param rowsEqual rows equal in both, over all tables
 * @param rowsDiffering rows that differ or are in one only, over all tables
 * @param tables each table's comparison
 */
public record Comparison(boolean identical, long rowsEqual, long rowsDiffering, List<TableComparison> tables) {

	public static Comparison of(List<TableComparison> tables) {
		long equal = tables.stream().mapToLong(TableComparison::equal).sum();
		long differing = tables.stream()
			.mapToLong((table) -> table.differing() + table.onlyCurrent() + table.onlyRebuilt())
			.sum();
		return new Comparison(differing == 0, equal, differing, List.copyOf(tables));
	}

}
