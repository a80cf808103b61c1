package org.cooperation.tracker.kernel.programme.culturaltour;

/**
 * How far an archival film's digitisation has got, in the order the work is done:
 * {@code NOT_ASSESSED → QUEUED → SCANNING → RESTORED → DIGITISED → PUBLISHED}. A film
 * that needs no restoration goes from SCANNING straight to DIGITISED. Which steps are
 * allowed is a rule of the command side.
 */
public enum DigitisationState {

	/** Recorded, but nobody has yet looked at the material. */
	NOT_ASSESSED,

	/** Assessed and waiting for a scanner. */
	QUEUED,

	/** Being scanned. */
	SCANNING,

	/** Scanned and restored. */
	RESTORED,

	/** A digital master exists: the film may be screened. */
	DIGITISED,

	/** The digital copy is published (catalogue or platform). */
	PUBLISHED;

	/**
	 * True once a digital master exists (DIGITISED or PUBLISHED): the source makes
	 * digitisation a condition of screening.
	 */
	public boolean isDigitised() {
		return this == DIGITISED || this == PUBLISHED;
	}

}
