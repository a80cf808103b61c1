package org.cooperation.tracker.command.imports;

import java.util.Map;

/**
 * One line of an uploaded file under its header: its number as a spreadsheet shows it
 * (the header is line 1) and its cells by column.
 */
record CsvLine(int number, Map<String, String> cells) {

	/** The cell of the column, trimmed; null when empty. */
	String cell(String column) {
		String value = cells.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
