package org.cooperation.tracker.kernel.programme.culturaltour;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Plans a leg of a programme edition: what goes from which country to which, where and
 * when. A film screening names the archival films it shows; other kinds name none (a rule
 * of the programme, which also checks each film's state).
 *
 * @param programmeId the programme edition
 * @param legId the new leg's id
 * @param kind what the leg presents
 * @param title what is shown, or null
 * @param origin the country whose programme, exhibition or films travel
 * @param host the country that hosts the leg
 * @param city the host city
 * @param venue the venue
 * @param startsOn the first day
 * @param endsOn the last day, not before the first
 * @param films the films a screening shows, each once; none for other kinds
 */
public record PlanTourLeg(@TargetAggregateIdentifier TourProgrammeId programmeId, TourLegId legId, TourLegKind kind,
		LocalizedText title, Country origin, Country host, String city, String venue, LocalDate startsOn,
		LocalDate endsOn, List<ArchivalFilmId> films) {

	/** Most films one screening leg may name. */
	public static final int MAX_FILMS = 50;

	public PlanTourLeg {
		Checks.requiredFields("programmeId", programmeId, "legId", legId, "kind", kind);
		Checks.title(title, "title");
		Checks.requiredFields("origin", origin, "host", host);
		city = Checks.requiredLine(city, "city");
		venue = Checks.requiredLine(venue, "venue");
		Checks.requiredFields("startsOn", startsOn, "endsOn", endsOn);
		if (endsOn.isBefore(startsOn)) {
			throw new InvalidValueException("a leg cannot end (" + endsOn + ") before it starts (" + startsOn + ")");
		}
		films = (films != null) ? List.copyOf(films) : List.of();
		if (films.size() > MAX_FILMS) {
			throw new InvalidValueException("a leg names at most " + MAX_FILMS + " films, not " + films.size());
		}
		Set<ArchivalFilmId> seen = new HashSet<>();
		for (ArchivalFilmId film : films) {
			if (!seen.add(film)) {
				throw new InvalidValueException("film " + film + " is named twice");
			}
		}
	}

}
