package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * An archival film's screening rights became cleared, or stopped being cleared.
 *
 * @param filmId the film
 * @param initiativeId its initiative
 * @param cleared whether the rights are now cleared
 * @param note why, or null
 */
@Revision("1")
public record FilmRightsChanged(ArchivalFilmId filmId, InitiativeId initiativeId, boolean cleared, String note) {

}
