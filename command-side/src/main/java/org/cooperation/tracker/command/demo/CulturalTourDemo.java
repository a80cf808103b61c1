package org.cooperation.tracker.command.demo;

import java.time.LocalDate;
import java.util.List;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.culturaltour.AdvanceFilmDigitisation;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.CancelTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.ConfirmTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.PlanTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.RecordTourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;

import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.DIGITISED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.PUBLISHED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.QUEUED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.RESTORED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.SCANNING;

/**
 * The Cultural Tour's share of the demo data, all of it sample: one archival film per
 * country (titled "Sample archival film KZ-1" and so on) at different digitisation steps,
 * and the 2026 programme with five legs in every state. Every note says SAMPLE, every
 * event carries sample=true. Dates that must not lie in the future (digitisation steps,
 * legs held) fall before the end of January 2026, as the core demo's dates do.
 */
class CulturalTourDemo implements DemoProgramme {

	static final int EDITION = 2026;

	private static final InitiativeId TOUR = DemoCommands.CULTURAL_TOUR;

	private static final String SAMPLE = DemoCommands.SAMPLE_NOTE;

	@Override
	public void load(DemoCommands send) {
		ArchivalFilmId kz1 = film(send, 1, "KZ-1", Country.KZ, 1957, true);
		ArchivalFilmId kz2 = film(send, 2, "KZ-2", Country.KZ, 1968, true);
		ArchivalFilmId uz1 = film(send, 3, "UZ-1", Country.UZ, 1961, false);
		ArchivalFilmId kg1 = film(send, 4, "KG-1", Country.KG, 1972, false);
		ArchivalFilmId tj1 = film(send, 5, "TJ-1", Country.TJ, 1965, false);
		film(send, 6, "TM-1", Country.TM, 1959, false);
		ArchivalFilmId az1 = film(send, 7, "AZ-1", Country.AZ, 1970, true);

		steps(send, kz1, LocalDate.of(2025, 12, 1), QUEUED, SCANNING, RESTORED, DIGITISED, PUBLISHED);
		steps(send, kz2, LocalDate.of(2025, 12, 2), QUEUED, SCANNING);
		send.sample(new AdvanceFilmDigitisation(kz2, TOUR, DIGITISED, LocalDate.of(2025, 12, 20),
				SAMPLE + " The negative is in good condition: no restoration needed."));
		steps(send, uz1, LocalDate.of(2025, 12, 3), QUEUED, SCANNING, RESTORED);
		steps(send, kg1, LocalDate.of(2025, 12, 4), QUEUED);
		steps(send, tj1, LocalDate.of(2025, 12, 5), QUEUED, SCANNING);
		steps(send, az1, LocalDate.of(2025, 12, 6), QUEUED, SCANNING, RESTORED, DIGITISED);

		TourProgrammeId programme = new TourProgrammeId(TOUR, EDITION);
		send.sample(new OpenTourProgramme(programme));

		TourLegId touring = leg(send, programme, 1, TourLegKind.TOURING_PROGRAMME, "Sample touring programme KZ-UZ",
				Country.KZ, Country.UZ, "Tashkent", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 18), List.of());
		send.sample(new ConfirmTourLeg(programme, touring, SAMPLE));
		send.sample(new RecordTourLegHeld(programme, touring, SAMPLE,
				List.of(EvidenceLink.of("https://example.org/sample/cultural-tour-2026-tashkent"))));

		TourLegId screening = leg(send, programme, 2, TourLegKind.FILM_SCREENING, "Sample film screening KZ-TJ",
				Country.KZ, Country.TJ, "Dushanbe", LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21),
				List.of(kz1, kz2));
		send.sample(new ConfirmTourLeg(programme, screening, SAMPLE));
		send.sample(new RecordTourLegHeld(programme, screening, SAMPLE, List.of()));

		TourLegId exhibition = leg(send, programme, 3, TourLegKind.RETROSPECTIVE_EXHIBITION,
				"Sample retrospective exhibition UZ-KG", Country.UZ, Country.KG, "Bishkek", LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 20), List.of());
		send.sample(new ConfirmTourLeg(programme, exhibition, SAMPLE));

		leg(send, programme, 4, TourLegKind.FILM_SCREENING, "Sample film screening AZ-KZ", Country.AZ, Country.KZ,
				"Almaty", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), List.of(az1));

		TourLegId cancelled = leg(send, programme, 5, TourLegKind.TOURING_PROGRAMME, "Sample touring programme TM-KZ",
				Country.TM, Country.KZ, "Astana", LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 12), List.of());
		send.sample(new CancelTourLeg(programme, cancelled, SAMPLE));
	}

	private static ArchivalFilmId film(DemoCommands send, int n, String label, Country holder, int year,
			boolean rightsCleared) {
		ArchivalFilmId id = new ArchivalFilmId(DemoCommands.fixedId("0000000002f" + n));
		send.sample(new RegisterArchivalFilm(id, TOUR, holder, LocalizedText.english("Sample archival film " + label),
				year, rightsCleared));
		return id;
	}

	/** Walks a film through the given steps, a day apart from {@code first}. */
	private static void steps(DemoCommands send, ArchivalFilmId film, LocalDate first, DigitisationState... states) {
		LocalDate on = first;
		for (DigitisationState state : states) {
			send.sample(new AdvanceFilmDigitisation(film, TOUR, state, on, SAMPLE));
			on = on.plusDays(1);
		}
	}

	private static TourLegId leg(DemoCommands send, TourProgrammeId programme, int n, TourLegKind kind, String title,
			Country origin, Country host, String city, LocalDate startsOn, LocalDate endsOn,
			List<ArchivalFilmId> films) {
		TourLegId id = new TourLegId(DemoCommands.fixedId("0000000002b" + n));
		send.sample(new PlanTourLeg(programme, id, kind, LocalizedText.english(title), origin, host, city,
				"Sample venue", startsOn, endsOn, films));
		return id;
	}

}
