package org.cooperation.tracker.query.programme.culturaltour.model;

import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourTestBase;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegCancelled;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;

class TourProgrammesProjectionTest extends CulturalTourTestBase {

	@Autowired
	private TourProgrammeRowRepository editions;

	@Autowired
	private TourLegRowRepository legs;

	@BeforeEach
	void startWithThe2026EditionOpen() {
		emptyTourReadModels();
		project(() -> programmes.on(new TourProgrammeOpened(EDITION_2026),
				Fixtures.recorded(0L, RECORDED, secretariat())));
	}

	private TourLegRow leg(TourLegId id) {
		return legs.findById(id.value()).orElseThrow();
	}

	private long version() {
		return editions.findById(new TourProgrammeKey(TOUR.value(), 2026)).orElseThrow().getAggregateVersion();
	}

	private void planTheTouringLeg() {
		project(() -> programmes.on(touringPlanned(), Fixtures.recorded(1L, later(1), liaison(Country.KZ, "l1"))));
	}

	@Test
	void programmeOpenedStoresTheEdition() {
		TourProgrammeRow edition = editions.findById(new TourProgrammeKey(TOUR.value(), 2026)).orElseThrow();
		assertThat(edition.getOpenedAt()).isEqualTo(RECORDED);
		assertThat(edition.isSample()).isFalse();
	}

	@Test
	void programmeOpenedAgainKeepsOneEdition() {
		project(() -> programmes.on(new TourProgrammeOpened(EDITION_2026), Fixtures.recorded(0L, later(5), sample())));

		assertThat(rows("rm_tour_programme")).isEqualTo(1);
		assertThat(editions.findById(new TourProgrammeKey(TOUR.value(), 2026)).orElseThrow().getOpenedAt())
			.isEqualTo(RECORDED);
	}

	@Test
	void programmeOpenedFromDemoDataIsMarkedSample() {
		project(() -> programmes.on(new TourProgrammeOpened(EDITION_2027), Fixtures.recorded(0L, RECORDED, sample())));

		assertThat(editions.findById(new TourProgrammeKey(TOUR.value(), 2027)).orElseThrow().isSample()).isTrue();
	}

	@Test
	void legPlannedStoresTheLegAtPlanned() {
		project(() -> programmes.on(screeningPlanned(), Fixtures.recorded(1L, later(1), liaison(Country.KZ, "l2"))));

		TourLegRow leg = leg(PLANNED_SCREENING);
		assertThat(leg.getInitiativeId()).isEqualTo(TOUR.value());
		assertThat(leg.getYear()).isEqualTo(2026);
		assertThat(leg.getKind()).isEqualTo(TourLegKind.FILM_SCREENING);
		assertThat(leg.getTitle()).isNull();
		assertThat(leg.getOrigin()).isEqualTo(Country.KZ);
		assertThat(leg.getHost()).isEqualTo(Country.UZ);
		assertThat(leg.getCity()).isEqualTo("Samarkand");
		assertThat(leg.getVenue()).isEqualTo("Registan stage");
		assertThat(leg.getStartsOn()).hasToString("2026-04-01");
		assertThat(leg.getEndsOn()).hasToString("2026-04-02");
		assertThat(leg.getFilms()).containsExactly(KZ_PUBLISHED.value(), UZ_SAMPLE_DIGITISED.value());
		assertThat(leg.getState()).isEqualTo(TourLegState.PLANNED);
		assertThat(leg.getEvidence()).isEmpty();
		assertThat(leg.getPlannedAt()).isEqualTo(later(1));
		assertThat(leg.getConfirmedAt()).isNull();
		assertThat(leg.isSample()).isFalse();
	}

	@Test
	void legPlannedWithATitleKeepsEveryLanguage() {
		planTheTouringLeg();

		assertThat(leg(HELD_TOURING).getTitle().en()).isEqualTo("Philharmonic on tour");
		assertThat(leg(HELD_TOURING).getFilms()).isEmpty();
	}

	@Test
	void legConfirmedKeepsItsNote() {
		planTheTouringLeg();
		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, "Host's letter"),
				Fixtures.recorded(2L, later(2), liaison(Country.UZ, "c"))));

		TourLegRow leg = leg(HELD_TOURING);
		assertThat(leg.getState()).isEqualTo(TourLegState.CONFIRMED);
		assertThat(leg.getConfirmationNote()).isEqualTo("Host's letter");
		assertThat(leg.getConfirmedAt()).isEqualTo(later(2));
	}

	@Test
	void legHeldKeepsItsNoteAndEvidence() {
		planTheTouringLeg();
		project(() -> {
			programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, null),
					Fixtures.recorded(2L, later(2), secretariat()));
			programmes.on(
					new TourLegHeld(EDITION_2026, HELD_TOURING, "Full houses",
							List.of(EvidenceLink.of("https://example.org/press/1"))),
					Fixtures.recorded(3L, later(3), secretariat()));
		});

		TourLegRow leg = leg(HELD_TOURING);
		assertThat(leg.getState()).isEqualTo(TourLegState.HELD);
		assertThat(leg.getHeldNote()).isEqualTo("Full houses");
		assertThat(leg.getEvidence()).containsExactly("https://example.org/press/1");
		assertThat(leg.getHeldAt()).isEqualTo(later(3));
	}

	@Test
	void legCancelledKeepsTheReasonAndTheStateItLeft() {
		planTheTouringLeg();
		project(() -> programmes.on(
				new TourLegCancelled(EDITION_2026, HELD_TOURING, TourLegState.PLANNED, "Venue closed"),
				Fixtures.recorded(2L, later(2), secretariat())));

		TourLegRow leg = leg(HELD_TOURING);
		assertThat(leg.getState()).isEqualTo(TourLegState.CANCELLED);
		assertThat(leg.getCancelledFrom()).isEqualTo(TourLegState.PLANNED);
		assertThat(leg.getCancellationReason()).isEqualTo("Venue closed");
		assertThat(leg.getCancelledAt()).isEqualTo(later(2));
	}

	@Test
	void eventsDeliveredAgainOrLateNeverTakeALegBack() {
		planTheTouringLeg();
		TourLegConfirmed confirmed = new TourLegConfirmed(EDITION_2026, HELD_TOURING, "Host's letter");
		TourLegHeld held = new TourLegHeld(EDITION_2026, HELD_TOURING, null, List.of());
		project(() -> {
			programmes.on(confirmed, Fixtures.recorded(2L, later(2), secretariat()));
			programmes.on(held, Fixtures.recorded(3L, later(3), secretariat()));
		});

		project(() -> {
			programmes.on(touringPlanned(), Fixtures.recorded(1L, later(1), liaison(Country.KZ, "l1")));
			programmes.on(confirmed, Fixtures.recorded(2L, later(2), secretariat()));
			programmes.on(held, Fixtures.recorded(3L, later(3), secretariat()));
		});

		assertThat(rows("rm_tour_leg")).isEqualTo(1);
		TourLegRow leg = leg(HELD_TOURING);
		assertThat(leg.getState()).isEqualTo(TourLegState.HELD);
		assertThat(leg.getConfirmationNote()).isEqualTo("Host's letter");
	}

	@Test
	void everyEventOfTheEditionMovesItsVersionToTheEventsSequence() {
		assertThat(version()).as("opened").isZero();
		planTheTouringLeg();
		assertThat(version()).as("leg planned").isEqualTo(1);
		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, null),
				Fixtures.recorded(2L, later(2), secretariat())));
		assertThat(version()).as("leg confirmed").isEqualTo(2);
		project(() -> programmes.on(new TourLegHeld(EDITION_2026, HELD_TOURING, null, List.of()),
				Fixtures.recorded(3L, later(3), secretariat())));
		assertThat(version()).as("leg held").isEqualTo(3);
		project(() -> programmes.on(exhibitionPlanned(), Fixtures.recorded(4L, later(4), secretariat())));
		project(() -> programmes.on(
				new TourLegCancelled(EDITION_2026, CANCELLED_EXHIBITION, TourLegState.PLANNED, "Venue closed"),
				Fixtures.recorded(5L, later(5), secretariat())));
		assertThat(version()).as("leg cancelled").isEqualTo(5);
	}

	@Test
	void eventsDeliveredAgainNeverMoveTheEditionsVersionBack() {
		planTheTouringLeg();
		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, null),
				Fixtures.recorded(2L, later(2), secretariat())));

		project(() -> {
			programmes.on(new TourProgrammeOpened(EDITION_2026), Fixtures.recorded(0L, RECORDED, secretariat()));
			programmes.on(touringPlanned(), Fixtures.recorded(1L, later(1), liaison(Country.KZ, "l1")));
		});

		assertThat(version()).isEqualTo(2);
	}

	@Test
	void aMoveFromDemoDataMarksTheLegSample() {
		planTheTouringLeg();
		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, HELD_TOURING, null),
				Fixtures.recorded(2L, later(2), sample())));

		assertThat(leg(HELD_TOURING).isSample()).isTrue();
	}

	@Test
	void aMoveOfALegNeverPlannedIsSkipped() {
		TourLegId unknown = new TourLegId(UUID.randomUUID());
		project(() -> programmes.on(new TourLegConfirmed(EDITION_2026, unknown, null),
				Fixtures.recorded(2L, later(2), secretariat())));

		assertThat(legs.findById(unknown.value())).isEmpty();
		assertThat(rows("rm_tour_leg")).isZero();
	}

	@Test
	void resetEmptiesEveryTableOfTheReadModel() {
		planTheTouringLeg();

		project(programmes::reset);

		assertThat(rows("rm_tour_programme")).isZero();
		assertThat(rows("rm_tour_leg")).isZero();
	}

}
