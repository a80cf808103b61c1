package org.cooperation.tracker.query.matrix.model;

/**
 * A figure an initiative's own records give for one country, shown in its status matrix
 * cell (e.g. "events included: 12").
 *
 * @param measure what is counted, as a stable name ({@code calendar.included}): a program
 * reads it, and a page words it in the reader's language from the bundle key
 * {@code figure.<measure>}
 * @param label what is counted, in English
 * @param value the count
 * @param draftVersion the concept draft the figure is about, for the working group's
 * approvals; null for every other figure
 * @param includesSample true when the count includes demo data (the label says so too)
 */
public record ProgrammeFigure(String measure, String label, long value, Integer draftVersion, boolean includesSample) {

	/** What a label gets when the figure counts demo data. */
	public static final String WITH_SAMPLE = " (incl. sample)";

	/** A figure of records that are not about a concept draft. */
	public static ProgrammeFigure of(String measure, String label, long value) {
		return new ProgrammeFigure(measure, label, value, null, false);
	}

	/**
	 * A count whose label reads right for one ("1 copy received") and for any other
	 * number.
	 */
	public static ProgrammeFigure counted(String measure, long value, String singular, String plural) {
		return of(measure, (value == 1) ? singular : plural, value);
	}

	/** The same figure, saying that it counts demo data. */
	public ProgrammeFigure withSample() {
		return new ProgrammeFigure(measure, label + WITH_SAMPLE, value, draftVersion, true);
	}

	/** The same figure, about one concept draft. */
	public ProgrammeFigure aboutDraft(int version) {
		return new ProgrammeFigure(measure, label, value, version, includesSample);
	}

}
