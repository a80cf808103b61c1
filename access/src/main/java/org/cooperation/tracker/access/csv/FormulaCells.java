package org.cooperation.tracker.access.csv;

/**
 * Cells a spreadsheet would run as a formula (OWASP's "CSV injection"): text that begins
 * with {@code = + - @}, a tab or a carriage return. Both directions use one rule: a
 * download writes such a cell as plain text, an import refuses it.
 */
public final class FormulaCells {

	/**
	 * The first characters with which Excel, LibreOffice or Google Sheets start a
	 * formula.
	 */
	public static final String STARTS = "=+-@\t\r";

	private FormulaCells() {
	}

	/** Whether a spreadsheet would read the text as a formula. */
	public static boolean startsAFormula(CharSequence text) {
		return text != null && !text.isEmpty() && STARTS.indexOf(text.charAt(0)) >= 0;
	}

	/**
	 * The text as a spreadsheet shows it as text: with a leading apostrophe if needed.
	 */
	public static String asPlainText(CharSequence text) {
		return startsAFormula(text) ? "'" + text : text.toString();
	}

}
