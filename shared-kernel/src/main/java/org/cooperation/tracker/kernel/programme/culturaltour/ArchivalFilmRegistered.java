package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * An archival film was registered; it stands at {@link DigitisationState#NOT_ASSESSED}.
 *
 * @param filmId the film
 * @param initiativeId the Cultural Tour initiative
 * @param holder the country whose archive holds it
 * @param title its title
 * @param year its year
 * @param rightsCleared whether the screening rights are cleared
 */
@Revision("1")
public record ArchivalFilmRegistered(ArchivalFilmId filmId, InitiativeId initiativeId, Country holder,
		LocalizedText title, int year, boolean rightsCleared) {

}
