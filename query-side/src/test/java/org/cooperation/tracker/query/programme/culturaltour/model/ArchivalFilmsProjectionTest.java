package org.cooperation.tracker.query.programme.culturaltour.model;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.NOT_ASSESSED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.QUEUED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.SCANNING;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.sample;

class ArchivalFilmsProjectionTest extends CulturalTourTestBase {

	@Autowired
	private ArchivalFilmRowRepository filmRows;

	@Autowired
	private FilmHistoryRowRepository history;

	@BeforeEach
	void startWithAFilmRegistered() {
		emptyTourReadModels();
		project(() -> films.on(registered(KZ_QUEUED, Country.KZ, "Mountain road", 1968, false),
				Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "reg"))));
	}

	private ArchivalFilmRow film() {
		return filmRows.findById(KZ_QUEUED.value()).orElseThrow();
	}

	@Test
	void filmRegisteredStoresTheFilmAtNotAssessedWithItsFirstHistoryEntry() {
		ArchivalFilmRow film = film();
		assertThat(film.getInitiativeId()).isEqualTo(TOUR.value());
		assertThat(film.getHolder()).isEqualTo(Country.KZ);
		assertThat(film.getTitle().en()).isEqualTo("Mountain road");
		assertThat(film.getYear()).isEqualTo(1968);
		assertThat(film.getState()).isEqualTo(NOT_ASSESSED);
		assertThat(film.getStateOn()).isNull();
		assertThat(film.isRightsCleared()).isFalse();
		assertThat(film.getRegisteredAt()).isEqualTo(RECORDED);
		assertThat(film.isSample()).isFalse();

		assertThat(history.findByFilmIdOrderByAggregateSequenceAsc(KZ_QUEUED.value())).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.getEntryType()).isEqualTo(FilmHistoryType.REGISTERED);
				assertThat(entry.getToState()).isEqualTo(NOT_ASSESSED);
				assertThat(entry.getRightsCleared()).isFalse();
				assertThat(entry.getRecordedBy().getActor()).isEqualTo("liaison-kz");
				assertThat(entry.getRecordedBy().getActorCountry()).isEqualTo("KZ");
				assertThat(entry.getRecordedBy().getCorrelationId()).isEqualTo("reg");
			});
	}

	@Test
	void filmRegisteredAgainChangesNothing() {
		project(() -> films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
				Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q"))));

		project(() -> films.on(registered(KZ_QUEUED, Country.KZ, "Mountain road", 1968, false),
				Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "reg"))));

		assertThat(rows("rm_tour_film")).isEqualTo(1);
		assertThat(rows("rm_tour_film_history")).isEqualTo(2);
		assertThat(film().getState()).isEqualTo(QUEUED);
	}

	@Test
	void digitisationAdvancedMovesTheFilmAndRecordsTheStep() {
		project(() -> films.on(
				new FilmDigitisationAdvanced(KZ_QUEUED, TOUR, NOT_ASSESSED, QUEUED, DECEMBER, "Assessed: acetate base"),
				Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q"))));

		ArchivalFilmRow film = film();
		assertThat(film.getState()).isEqualTo(QUEUED);
		assertThat(film.getStateOn()).isEqualTo(DECEMBER);
		assertThat(film.getLastRecordedAt()).isEqualTo(later(1));
		FilmHistoryRow step = history.findById(new FilmHistoryKey(KZ_QUEUED.value(), 1L)).orElseThrow();
		assertThat(step.getEntryType()).isEqualTo(FilmHistoryType.DIGITISATION);
		assertThat(step.getFromState()).isEqualTo(NOT_ASSESSED);
		assertThat(step.getToState()).isEqualTo(QUEUED);
		assertThat(step.getReachedOn()).isEqualTo(DECEMBER);
		assertThat(step.getNote()).isEqualTo("Assessed: acetate base");
	}

	@Test
	void aStepDeliveredAgainOrLateNeverTakesTheFilmBack() {
		FilmDigitisationAdvanced queued = advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER);
		FilmDigitisationAdvanced scanning = advanced(KZ_QUEUED, QUEUED, SCANNING, DECEMBER.plusDays(1));
		project(() -> {
			films.on(queued, Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q")));
			films.on(scanning, Fixtures.recorded(2L, later(2), liaison(Country.KZ, "s")));
		});

		project(() -> films.on(queued, Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q"))));

		assertThat(film().getState()).isEqualTo(SCANNING);
		assertThat(film().getStateOn()).isEqualTo(DECEMBER.plusDays(1));
		assertThat(rows("rm_tour_film_history")).isEqualTo(3);
	}

	@Test
	void rightsChangedSetsTheRightsAndRecordsWhy() {
		project(() -> films.on(new FilmRightsChanged(KZ_QUEUED, TOUR, true, "Licence signed"),
				Fixtures.recorded(1L, later(1), liaison(Country.KZ, "r"))));

		assertThat(film().isRightsCleared()).isTrue();
		FilmHistoryRow entry = history.findById(new FilmHistoryKey(KZ_QUEUED.value(), 1L)).orElseThrow();
		assertThat(entry.getEntryType()).isEqualTo(FilmHistoryType.RIGHTS);
		assertThat(entry.getRightsCleared()).isTrue();
		assertThat(entry.getNote()).isEqualTo("Licence signed");
	}

	@Test
	void aRightsChangeDeliveredLateNeverOverwritesANewerOne() {
		FilmRightsChanged cleared = new FilmRightsChanged(KZ_QUEUED, TOUR, true, null);
		FilmRightsChanged withdrawn = new FilmRightsChanged(KZ_QUEUED, TOUR, false, "Licence expired");
		project(() -> {
			films.on(cleared, Fixtures.recorded(1L, later(1), liaison(Country.KZ, "r1")));
			films.on(withdrawn, Fixtures.recorded(2L, later(2), liaison(Country.KZ, "r2")));
		});

		project(() -> films.on(cleared, Fixtures.recorded(1L, later(1), liaison(Country.KZ, "r1"))));

		assertThat(film().isRightsCleared()).isFalse();
	}

	@Test
	void everyEventOfTheFilmMovesItsVersionToTheEventsSequence() {
		assertThat(film().getAggregateVersion()).as("registered").isZero();
		project(() -> films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
				Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q"))));
		assertThat(film().getAggregateVersion()).as("digitisation advanced").isEqualTo(1);
		project(() -> films.on(new FilmRightsChanged(KZ_QUEUED, TOUR, true, null),
				Fixtures.recorded(2L, later(2), liaison(Country.KZ, "r"))));
		assertThat(film().getAggregateVersion()).as("rights changed").isEqualTo(2);
	}

	@Test
	void eventsDeliveredAgainNeverMoveTheFilmsVersionBack() {
		project(() -> {
			films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
					Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q")));
			films.on(new FilmRightsChanged(KZ_QUEUED, TOUR, true, null),
					Fixtures.recorded(2L, later(2), liaison(Country.KZ, "r")));
		});

		project(() -> {
			films.on(registered(KZ_QUEUED, Country.KZ, "Mountain road", 1968, false),
					Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "reg")));
			films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
					Fixtures.recorded(1L, later(1), liaison(Country.KZ, "q")));
		});

		assertThat(film().getAggregateVersion()).isEqualTo(2);
	}

	@Test
	void aStepFromDemoDataMarksTheFilmSample() {
		project(() -> films.on(advanced(KZ_QUEUED, NOT_ASSESSED, QUEUED, DECEMBER),
				Fixtures.recorded(1L, later(1), sample())));

		assertThat(film().isSample()).isTrue();
		assertThat(history.findById(new FilmHistoryKey(KZ_QUEUED.value(), 1L)).orElseThrow().getRecordedBy().isSample())
			.isTrue();
	}

	@Test
	void eventsOfAFilmNeverRegisteredAreSkipped() {
		ArchivalFilmId unknown = new ArchivalFilmId(UUID.randomUUID());
		project(() -> {
			films.on(advanced(unknown, NOT_ASSESSED, QUEUED, DECEMBER), Fixtures.recorded(1L, later(1), sample()));
			films.on(new FilmRightsChanged(unknown, TOUR, true, null), Fixtures.recorded(2L, later(2), sample()));
		});

		assertThat(filmRows.findById(unknown.value())).isEmpty();
		assertThat(rows("rm_tour_film_history")).isEqualTo(1);
	}

	@Test
	void resetEmptiesEveryTableOfTheReadModel() {
		project(films::reset);

		assertThat(rows("rm_tour_film")).isZero();
		assertThat(rows("rm_tour_film_history")).isZero();
	}

}
