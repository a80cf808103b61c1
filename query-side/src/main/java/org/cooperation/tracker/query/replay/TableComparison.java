package org.cooperation.tracker.query.replay;

import java.util.List;
import java.util.Map;

/**
 * How one rebuilt table compares with the live one it replaces, row by row, rows matched
 * by primary key.
 *
 * @param processor the read model the table belongs to
 * @param table the table
 * @param currentRows rows in the live table
 * @param rebuiltRows rows in the rebuilt table
 * @param equal rows with the same key and the same content in both
 * @param differing rows with the same key and other content
 * @param onlyCurrent rows only the live table has
 * @param onlyRebuilt rows only the rebuilt table has
 * @param differences the rows that are not equal, at most {@value #LISTED} of them
 */
public record TableComparison(String processor, String table, long currentRows, long rebuiltRows, long equal,
		long differing, long onlyCurrent, long onlyRebuilt, List<RowDifference> differences) {

	/** How many unequal rows a comparison lists per table. */
	public static final int LISTED = 100;

	public TableComparison {
		differences = List.copyOf(differences);
	}

	public boolean identical() {
		return differing == 0 && onlyCurrent == 0 && onlyRebuilt == 0;
	}

	/**
	 * One row that is not the same in both.
	 *
	 * @param key the row's primary key, column by column
	 * @param kind how it differs
	 * @param columns the columns whose values differ (every column when the row is in one
	 * table only)
	 * @param current those columns' values in the live table (null when it has no such
	 * row)
	 * @param rebuilt those columns' values in the rebuilt table (null when it has no such
	 * row)
	 */
	public record RowDifference(Map<String, Object> key, Kind kind, List<String> columns, Map<String, Object> current,
			Map<String, Object> rebuilt) {

	}

	public enum Kind {

		/** The same key, other content. */
		DIFFERING,
		/** The live table has it, the rebuilt one does not. */
		ONLY_CURRENT,
		/** The rebuilt table has it, the live one does not. */
		ONLY_REBUILT

	}

}
