package org.cooperation.tracker.query.programme.culturaltour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;

/**
 * An archival film as it stands.
 *
 * @param filmId the film
 * @param initiativeId its initiative
 * @param holder the country whose archive holds it
 * @param title its title
 * @param year its year
 * @param state how far its digitisation has got
 * @param stateOn the day that state was reached, or null while NOT_ASSESSED
 * @param digitised true when DIGITISED or PUBLISHED: it may be screened (rights
 * permitting)
 * @param rightsCleared whether its screening rights are cleared
 * @param registeredAt when it was registered
 * @param lastRecordedAt when anything was last recorded about it
 * @param sample true when any of it is demo data
 */
public record ArchivalFilmView(UUID filmId, UUID initiativeId, Country holder, LocalizedText title, Integer year,
		DigitisationState state, LocalDate stateOn, boolean digitised, boolean rightsCleared, Instant registeredAt,
		Instant lastRecordedAt, boolean sample) {

}
