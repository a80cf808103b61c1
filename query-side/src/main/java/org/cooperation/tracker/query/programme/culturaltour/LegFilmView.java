package org.cooperation.tracker.query.programme.culturaltour;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;

/**
 * A film a screening leg names, as the film stands now.
 *
 * @param filmId the film
 * @param title its title, or null while the film is not known here yet
 * @param holder the country whose archive holds it, or null while not known here
 * @param year its year, or null while not known here
 * @param state its digitisation state, or null while not known here
 * @param rightsCleared whether its screening rights are cleared now
 */
public record LegFilmView(UUID filmId, LocalizedText title, Country holder, Integer year, DigitisationState state,
		boolean rightsCleared) {

}
