package org.cooperation.tracker.kernel.programme.culturaltour;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Moves an archival film's digitisation one step forward.
 *
 * @param filmId the film
 * @param initiativeId the initiative the film is asked for under
 * @param to the state reached
 * @param on the day it was reached
 * @param note what was done, or null; required when a film skips restoration, to say why
 * it needs none
 */
public record AdvanceFilmDigitisation(@TargetAggregateIdentifier ArchivalFilmId filmId, InitiativeId initiativeId,
		DigitisationState to, LocalDate on, String note) {

	public AdvanceFilmDigitisation {
		Checks.requiredFields("filmId", filmId, "initiativeId", initiativeId);
		Checks.required(to, "state");
		Checks.required(on, "on");
		note = Checks.optionalText(note, "note");
	}

}
