package org.cooperation.tracker.query.matrix.model;

/**
 * A figure an initiative's own records give for one country, shown in its status matrix
 * cell (e.g. "events included: 12").
 *
 * @param label what is counted, in English
 * @param value the count
 */
public record ProgrammeFigure(String label, long value) {

	/**
	 * A count whose label reads right for one ("1 copy received") and for any other
	 * number.
	 */
	public static ProgrammeFigure counted(long value, String singular, String plural) {
		return new ProgrammeFigure((value == 1) ? singular : plural, value);
	}

}
