package org.cooperation.tracker.kernel.programme.culturaltour;

/** What a leg of the Cultural Tour presents. */
public enum TourLegKind {

	/** A regional touring programme (concerts, theatre, ensembles). */
	TOURING_PROGRAMME,

	/** A retrospective exhibition. */
	RETROSPECTIVE_EXHIBITION,

	/** An inter-regional screening of archival films; the only kind that names films. */
	FILM_SCREENING;

	/** True for the kind whose legs name the films they screen. */
	public boolean screensFilms() {
		return this == FILM_SCREENING;
	}

}
