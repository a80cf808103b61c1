package org.cooperation.tracker.access.csv;

/**
 * CSV files as the tracker exchanges them with spreadsheets: UTF-8 with a byte order mark
 * on the way out, without which spreadsheet programs read Cyrillic and Kazakh letters as
 * a legacy code page, and the mark accepted (and dropped) on the way in.
 */
public final class CsvFiles {

	/** The byte order mark that starts a download and may start an upload. */
	public static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvFiles() {
	}

}
