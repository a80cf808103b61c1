package org.cooperation.tracker.query.initiative.web;

/**
 * How many of an initiative's changes its page shows, newest first: {@link #STEP} at
 * first, and {@link #STEP} more each time the reader asks for older ones
 * ({@code ?shown=200}). A value that is not a count shows the first step: the page is a
 * reader's, and an old or mistyped link should still open it.
 */
final class TimelineShown {

	static final int STEP = 100;

	/** Beyond this a reader downloads the history instead (the API or the CSV). */
	static final int MOST = 10_000;

	private TimelineShown() {
	}

	static int parse(String shown) {
		if (shown == null) {
			return STEP;
		}
		try {
			int asked = Integer.parseInt(shown.strip());
			return Math.max(STEP, Math.min(asked, MOST));
		}
		catch (NumberFormatException notACount) {
			return STEP;
		}
	}

}
