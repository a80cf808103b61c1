package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Registers an archival film a participating country holds, for the Cultural Tour's
 * screenings. It starts at {@link DigitisationState#NOT_ASSESSED}.
 *
 * @param filmId the new film's id
 * @param initiativeId the Cultural Tour initiative
 * @param holder the country whose archive holds the film
 * @param title the film's title in at least one language
 * @param year the film's year
 * @param rightsCleared whether the screening rights are cleared
 */
public record RegisterArchivalFilm(@TargetAggregateIdentifier ArchivalFilmId filmId, InitiativeId initiativeId,
		Country holder, LocalizedText title, int year, boolean rightsCleared) {

	/** The year of the oldest surviving motion picture; no archival film is older. */
	public static final int EARLIEST_YEAR = 1888;

	public RegisterArchivalFilm {
		Checks.requiredFields("filmId", filmId, "initiativeId", initiativeId, "holder", holder);
		Checks.title(Checks.required(title, "title"), "title");
		if (year < EARLIEST_YEAR) {
			throw new InvalidValueException("a film's year cannot be before " + EARLIEST_YEAR + ", not " + year);
		}
	}

}
