package org.cooperation.tracker.command.programme.culturaltour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;

/** Fixed ids, dates and lookups the Cultural Tour's aggregate tests share. */
final class CulturalTourFixtures {

	static final InitiativeId TOUR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final InitiativeId OTHER_TOUR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c3"));

	/** Five members and the honorary guest; Turkmenistan does not take part here. */
	static final Set<Country> PARTICIPANTS = Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.AZ);

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final Clock CLOCK = ProgrammeFixtures.clockOn(TODAY);

	static final InitiativeRegister INITIATIVES = ProgrammeFixtures.initiatives(
			new InitiativeFacts(TOUR, InitiativeKind.CULTURAL_TOUR_PLATFORM, "Cultural Tour", PARTICIPANTS),
			new InitiativeFacts(OTHER_TOUR, InitiativeKind.CULTURAL_TOUR_PLATFORM, "Another tour", PARTICIPANTS),
			new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar", PARTICIPANTS));

	static final ArchivalFilmId PUBLISHED_FILM = film(1);

	static final ArchivalFilmId DIGITISED_FILM = film(2);

	static final ArchivalFilmId SCANNING_FILM = film(3);

	static final ArchivalFilmId RESTORED_FILM = film(4);

	static final ArchivalFilmId RIGHTS_PENDING_FILM = film(5);

	static final ArchivalFilmId OTHER_TOURS_FILM = film(6);

	/** Films as the screening rules see them. */
	static final Map<ArchivalFilmId, FilmFacts> FILMS = Map.of(PUBLISHED_FILM,
			facts(PUBLISHED_FILM, TOUR, "Steppe song", DigitisationState.PUBLISHED, true), DIGITISED_FILM,
			facts(DIGITISED_FILM, TOUR, "Mountain road", DigitisationState.DIGITISED, true), SCANNING_FILM,
			facts(SCANNING_FILM, TOUR, "Caravan", DigitisationState.SCANNING, true), RESTORED_FILM,
			facts(RESTORED_FILM, TOUR, "Old Bukhara", DigitisationState.RESTORED, true), RIGHTS_PENDING_FILM,
			facts(RIGHTS_PENDING_FILM, TOUR, "Silk", DigitisationState.DIGITISED, false), OTHER_TOURS_FILM,
			facts(OTHER_TOURS_FILM, OTHER_TOUR, "Elsewhere", DigitisationState.DIGITISED, true));

	static final ArchivalFilmRegister FILM_REGISTER = register(FILMS);

	private CulturalTourFixtures() {
	}

	static ArchivalFilmRegister register(Map<ArchivalFilmId, FilmFacts> films) {
		return (id) -> {
			FilmFacts facts = films.get(id);
			if (facts == null) {
				throw new UnknownReference("no archival film " + id + " is recorded");
			}
			return facts;
		};
	}

	static FilmFacts facts(ArchivalFilmId id, InitiativeId initiative, String title, DigitisationState state,
			boolean rightsCleared) {
		return new FilmFacts(id, initiative, Country.KZ, title, 1960, state, rightsCleared);
	}

	private static ArchivalFilmId film(int n) {
		return new ArchivalFilmId(UUID.fromString("00000000-0000-0000-0000-0000000000f" + n));
	}

}
