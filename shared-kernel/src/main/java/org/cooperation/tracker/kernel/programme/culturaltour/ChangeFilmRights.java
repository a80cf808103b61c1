package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Records that an archival film's screening rights became cleared, or are no longer
 * cleared.
 *
 * @param filmId the film
 * @param initiativeId the initiative the film is asked for under
 * @param cleared whether the rights are now cleared
 * @param note why, or null
 */
public record ChangeFilmRights(@TargetAggregateIdentifier ArchivalFilmId filmId, InitiativeId initiativeId,
		boolean cleared, String note) {

	public ChangeFilmRights {
		Checks.requiredFields("filmId", filmId, "initiativeId", initiativeId);
		note = Checks.optionalText(note, "note");
	}

}
