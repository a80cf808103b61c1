package org.cooperation.tracker.kernel.programme.culturaltour;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * An archival film's digitisation moved one step forward (SCANNING to DIGITISED when it
 * needed no restoration).
 *
 * @param filmId the film
 * @param initiativeId its initiative
 * @param from the state it left
 * @param to the state it reached
 * @param on the day it reached it
 * @param note what was done, or null
 */
@Revision("1")
public record FilmDigitisationAdvanced(ArchivalFilmId filmId, InitiativeId initiativeId, DigitisationState from,
		DigitisationState to, LocalDate on, String note) {

}
