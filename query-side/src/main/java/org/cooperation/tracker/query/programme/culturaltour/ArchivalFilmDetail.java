package org.cooperation.tracker.query.programme.culturaltour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.programme.culturaltour.model.FilmHistoryType;

/**
 * An archival film and its full history, oldest first.
 *
 * @param film the film as it stands
 * @param history every registration, digitisation step and rights change
 */
public record ArchivalFilmDetail(ArchivalFilmView film, List<FilmHistoryEntry> history) {

	/**
	 * One thing recorded about a film.
	 *
	 * @param type REGISTERED, DIGITISATION or RIGHTS
	 * @param from the digitisation state left (DIGITISATION), or null
	 * @param to the digitisation state reached (REGISTERED, DIGITISATION), or null
	 * @param on the day it was reached (DIGITISATION), or null
	 * @param rightsCleared the rights as registered or changed (REGISTERED, RIGHTS), or
	 * null
	 * @param note what was done or why, or null
	 * @param recordedAt when it was recorded
	 * @param actor who recorded it, or null
	 * @param actorRole their role, or null
	 * @param actorCountry the country they act for, or null
	 * @param correlationId the request that recorded it, or null
	 * @param sample true when it is demo data
	 */
	public record FilmHistoryEntry(FilmHistoryType type, DigitisationState from, DigitisationState to, LocalDate on,
			Boolean rightsCleared, String note, Instant recordedAt, String actor, String actorRole, String actorCountry,
			String correlationId, boolean sample) {
	}

}
