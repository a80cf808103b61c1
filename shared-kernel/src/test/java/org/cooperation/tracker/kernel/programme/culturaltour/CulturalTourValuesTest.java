package org.cooperation.tracker.kernel.programme.culturaltour;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CulturalTourValuesTest {

	static final InitiativeId TOUR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c2"));

	static final TourProgrammeId EDITION = new TourProgrammeId(TOUR, 2026);

	static final LocalDate DAY = LocalDate.of(2026, 5, 10);

	private static PlanTourLeg leg(LocalDate startsOn, LocalDate endsOn, List<ArchivalFilmId> films) {
		return new PlanTourLeg(EDITION, TourLegId.random(), TourLegKind.FILM_SCREENING, null, Country.KZ, Country.UZ,
				" Samarkand ", "Registan stage", startsOn, endsOn, films);
	}

	@Test
	void anEditionIsIdentifiedByItsInitiativeAndYear() {
		assertThat(EDITION).hasToString("00000000-0000-0000-0000-0000000000c2/2026");
		assertThat(new TourProgrammeId(TOUR, 2026)).isEqualTo(EDITION);
		assertThatThrownBy(() -> new TourProgrammeId(TOUR, 1999)).isInstanceOf(InvalidValueException.class)
			.hasMessage("an edition year must be between 2000 and 2100, not 1999");
		assertThatThrownBy(() -> new TourProgrammeId(null, 2026)).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void aLegCannotEndBeforeItStarts() {
		assertThat(leg(DAY, DAY, List.of()).city()).isEqualTo("Samarkand");
		assertThatThrownBy(() -> leg(DAY, DAY.minusDays(1), List.of())).isInstanceOf(InvalidValueException.class)
			.hasMessage("a leg cannot end (2026-05-09) before it starts (2026-05-10)");
	}

	@Test
	void aLegNamesEachFilmOnceAndNotTooMany() {
		ArchivalFilmId film = ArchivalFilmId.random();
		assertThatThrownBy(() -> leg(DAY, DAY, List.of(film, film))).isInstanceOf(InvalidValueException.class)
			.hasMessage("film " + film + " is named twice");
		List<ArchivalFilmId> tooMany = Collections.nCopies(PlanTourLeg.MAX_FILMS + 1, film);
		assertThatThrownBy(() -> leg(DAY, DAY, tooMany)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("at most 50 films");
	}

	@Test
	void aLegNeedsAPlaceAndAVenue() {
		assertThatThrownBy(() -> new PlanTourLeg(EDITION, TourLegId.random(), TourLegKind.TOURING_PROGRAMME, null,
				Country.KZ, Country.UZ, " ", "Hall", DAY, DAY, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("city is required and may not be blank");
		assertThatThrownBy(() -> new PlanTourLeg(EDITION, TourLegId.random(), TourLegKind.TOURING_PROGRAMME,
				LocalizedText.english("x".repeat(301)), Country.KZ, Country.UZ, "Almaty", "Hall", DAY, DAY, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("title is longer than 300 characters");
	}

	@Test
	void aCancellationNeedsAReason() {
		assertThatThrownBy(() -> new CancelTourLeg(EDITION, TourLegId.random(), "  "))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("reason is required and may not be blank");
	}

	@Test
	void aFilmIsNoOlderThanCinema() {
		assertThatThrownBy(() -> new RegisterArchivalFilm(ArchivalFilmId.random(), TOUR, Country.KZ,
				LocalizedText.english("Sample"), 1850, false))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("a film's year cannot be before 1888, not 1850");
	}

	@Test
	void onlyDigitisedAndPublishedFilmsHaveADigitalMaster() {
		assertThat(DigitisationState.values()).filteredOn(DigitisationState::isDigitised)
			.containsExactly(DigitisationState.DIGITISED, DigitisationState.PUBLISHED);
		assertThat(TourLegKind.values()).filteredOn(TourLegKind::screensFilms)
			.containsExactly(TourLegKind.FILM_SCREENING);
	}

}
