package org.cooperation.tracker.query.programme.culturaltour;

import org.cooperation.tracker.query.programme.culturaltour.model.ArchivalFilmsProjection;
import org.cooperation.tracker.query.programme.culturaltour.model.TourProgrammesProjection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegCancelled;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;

import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.DIGITISED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.NOT_ASSESSED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.PUBLISHED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.QUEUED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.RESTORED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.SCANNING;

/**
 * The Cultural Tour's story as events, fed to the read models as the tracking processors
 * would, on top of the Tashkent story (whose calendar is an initiative of another kind).
 * Kazakhstan holds two films (one PUBLISHED, one QUEUED whose rights were cleared later);
 * Uzbekistan one DIGITISED film from demo data. The 2026 edition has a touring programme
 * KZ→UZ that was held, a screening KZ→UZ still planned, and a sample exhibition UZ→KG
 * that was cancelled; the 2027 edition is open and empty.
 */
public abstract class CulturalTourTestBase extends QuerySideTestBase {

	public static final InitiativeId TOUR = new InitiativeId(UUID.fromString("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e93"));

	public static final TourProgrammeId EDITION_2026 = new TourProgrammeId(TOUR, 2026);

	public static final TourProgrammeId EDITION_2027 = new TourProgrammeId(TOUR, 2027);

	public static final ArchivalFilmId KZ_PUBLISHED = film(1);

	public static final ArchivalFilmId KZ_QUEUED = film(2);

	public static final ArchivalFilmId UZ_SAMPLE_DIGITISED = film(3);

	public static final TourLegId HELD_TOURING = leg(1);

	public static final TourLegId PLANNED_SCREENING = leg(2);

	public static final TourLegId CANCELLED_EXHIBITION = leg(3);

	public static final LocalDate DECEMBER = LocalDate.of(2025, 12, 1);

	@Autowired
	protected TourProgrammesProjection programmes;

	@Autowired
	protected ArchivalFilmsProjection films;

	@Autowired
	private InitiativesProjection initiatives;

	/** Starts from empty Cultural Tour read models. */
	protected void emptyTourReadModels() {
		superuser.execute("TRUNCATE rm_tour_programme, rm_tour_leg, rm_tour_film, rm_tour_film_history");
	}

	protected void recordTheTourStory() {
		recordTheTashkentStory();
		emptyTourReadModels();
		project(() -> {
			initiatives.on(tourProposed(), Fixtures.recorded(0L, Fixtures.later(3), Fixtures.secretariat()));

			films.on(registered(KZ_PUBLISHED, Country.KZ, "Steppe song", 1957, true),
					Fixtures.recorded(0L, Fixtures.later(1), Fixtures.liaison(Country.KZ, "f1")));
			walk(KZ_PUBLISHED, Country.KZ, QUEUED, SCANNING);
			films.on(
					new FilmDigitisationAdvanced(KZ_PUBLISHED, TOUR, SCANNING, DIGITISED, DECEMBER.plusDays(2),
							"Negative in good condition: no restoration needed"),
					Fixtures.recorded(3L, Fixtures.later(4), Fixtures.liaison(Country.KZ, "f1-3")));
			films.on(advanced(KZ_PUBLISHED, DIGITISED, PUBLISHED, DECEMBER.plusDays(3)),
					Fixtures.recorded(4L, Fixtures.later(5), Fixtures.liaison(Country.KZ, "f1-4")));

			films.on(registered(KZ_QUEUED, Country.KZ, "Mountain road", 1968, false),
					Fixtures.recorded(0L, Fixtures.later(6), Fixtures.liaison(Country.KZ, "f2")));
			films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
					Fixtures.recorded(1L, Fixtures.later(7), Fixtures.liaison(Country.KZ, "f2-1")));
			films.on(new FilmRightsChanged(KZ_QUEUED, TOUR, true, "Licence signed"),
					Fixtures.recorded(2L, Fixtures.later(8), Fixtures.liaison(Country.KZ, "f2-2")));

			films.on(registered(UZ_SAMPLE_DIGITISED, Country.UZ, "Old Bukhara", 1961, true),
					Fixtures.recorded(0L, Fixtures.later(9), Fixtures.sample()));
			long sequence = 1;
			DigitisationState from = NOT_ASSESSED;
			for (DigitisationState to : List.of(QUEUED, SCANNING, RESTORED, DIGITISED)) {
				films.on(advanced(UZ_SAMPLE_DIGITISED, from, to, DECEMBER),
						Fixtures.recorded(sequence++, Fixtures.later(10), Fixtures.sample()));
				from = to;
			}

			programmes.on(new TourProgrammeOpened(EDITION_2026),
					Fixtures.recorded(0L, Fixtures.later(20), Fixtures.secretariat()));
			programmes.on(touringPlanned(),
					Fixtures.recorded(1L, Fixtures.later(21), Fixtures.liaison(Country.KZ, "l1")));
			programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, "Host ministry's letter"),
					Fixtures.recorded(2L, Fixtures.later(22), Fixtures.liaison(Country.UZ, "l1-c")));
			programmes.on(
					new TourLegHeld(EDITION_2026, HELD_TOURING, "Three concerts",
							List.of(EvidenceLink.of("https://example.org/press/tashkent"))),
					Fixtures.recorded(3L, Fixtures.later(23), Fixtures.liaison(Country.KZ, "l1-h")));
			programmes.on(screeningPlanned(),
					Fixtures.recorded(4L, Fixtures.later(24), Fixtures.liaison(Country.KZ, "l2")));
			programmes.on(exhibitionPlanned(), Fixtures.recorded(5L, Fixtures.later(25), Fixtures.sample()));
			programmes.on(new TourLegCancelled(EDITION_2026, CANCELLED_EXHIBITION, TourLegState.PLANNED,
					"SAMPLE: venue unavailable"), Fixtures.recorded(6L, Fixtures.later(26), Fixtures.sample()));
			programmes.on(new TourProgrammeOpened(EDITION_2027),
					Fixtures.recorded(0L, Fixtures.later(30), Fixtures.secretariat()));
		});
	}

	private void walk(ArchivalFilmId film, Country liaison, DigitisationState... steps) {
		DigitisationState from = NOT_ASSESSED;
		long sequence = 1;
		for (DigitisationState to : steps) {
			films.on(advanced(film, from, to, DECEMBER.plusDays(sequence - 1)),
					Fixtures.recorded(sequence, Fixtures.later(1), Fixtures.liaison(liaison, "walk")));
			from = to;
			sequence++;
		}
	}

	public static InitiativeProposed tourProposed() {
		return new InitiativeProposed(TOUR, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
				InitiativeKind.CULTURAL_TOUR_PLATFORM,
				new LocalizedText(null, "Культурное турне Центральной Азии", "Central Asia Cultural Tour"), null,
				Country.KZ, Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM, Country.AZ));
	}

	public static ArchivalFilmRegistered registered(ArchivalFilmId film, Country holder, String title, int year,
			boolean rightsCleared) {
		return new ArchivalFilmRegistered(film, TOUR, holder, LocalizedText.english(title), year, rightsCleared);
	}

	public static FilmDigitisationAdvanced advanced(ArchivalFilmId film, DigitisationState from, DigitisationState to,
			LocalDate on) {
		return new FilmDigitisationAdvanced(film, TOUR, from, to, on, null);
	}

	public static TourLegPlanned touringPlanned() {
		return new TourLegPlanned(EDITION_2026, HELD_TOURING, TourLegKind.TOURING_PROGRAMME,
				LocalizedText.english("Philharmonic on tour"), Country.KZ, Country.UZ, "Tashkent", "Turkiston palace",
				LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), List.of());
	}

	public static TourLegPlanned screeningPlanned() {
		return new TourLegPlanned(EDITION_2026, PLANNED_SCREENING, TourLegKind.FILM_SCREENING, null, Country.KZ,
				Country.UZ, "Samarkand", "Registan stage", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2),
				List.of(KZ_PUBLISHED, UZ_SAMPLE_DIGITISED));
	}

	public static TourLegPlanned exhibitionPlanned() {
		return new TourLegPlanned(EDITION_2026, CANCELLED_EXHIBITION, TourLegKind.RETROSPECTIVE_EXHIBITION,
				LocalizedText.english("Sample retrospective"), Country.UZ, Country.KG, "Bishkek", "Sample venue",
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 20), List.of());
	}

	private static ArchivalFilmId film(int n) {
		return new ArchivalFilmId(UUID.fromString("5c1d2e3f-0000-4c6d-8e7f-0000000000f" + n));
	}

	private static TourLegId leg(int n) {
		return new TourLegId(UUID.fromString("5c1d2e3f-0000-4c6d-8e7f-0000000000b" + n));
	}

}
