package org.cooperation.tracker.query.programme.culturaltour;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;

/**
 * One leg of a programme edition with its whole lifecycle.
 *
 * @param legId the leg
 * @param initiativeId its initiative
 * @param year its edition's year
 * @param kind what it presents
 * @param title what is shown, or null
 * @param origin the country whose programme travels
 * @param host the hosting country
 * @param city the host city
 * @param venue the venue
 * @param startsOn the first day
 * @param endsOn the last day
 * @param state where it stands
 * @param films the films a screening shows, in the order named; empty for other kinds
 * @param confirmationNote what confirmed it, or null
 * @param heldNote what happened, or null
 * @param evidence links that show it took place
 * @param cancelledFrom the state it was cancelled in, or null
 * @param cancellationReason why it was cancelled, or null
 * @param plannedAt when it was planned
 * @param confirmedAt when it was confirmed, or null
 * @param heldAt when it was recorded as held, or null
 * @param cancelledAt when it was cancelled, or null
 * @param sample true when any of it is demo data
 */
public record TourLegView(UUID legId, UUID initiativeId, int year, TourLegKind kind, LocalizedText title,
		Country origin, Country host, String city, String venue, LocalDate startsOn, LocalDate endsOn,
		TourLegState state, List<LegFilmView> films, String confirmationNote, String heldNote, List<String> evidence,
		TourLegState cancelledFrom, String cancellationReason, Instant plannedAt, Instant confirmedAt, Instant heldAt,
		Instant cancelledAt, boolean sample) {

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

}
