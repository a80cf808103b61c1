package org.cooperation.tracker.command.programme.culturaltour;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.culturaltour.AdvanceFilmDigitisation;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.ChangeFilmRights;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.CALENDAR;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.CLOCK;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.INITIATIVES;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.OTHER_TOUR;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.TODAY;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.TOUR;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.DIGITISED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.NOT_ASSESSED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.PUBLISHED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.QUEUED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.RESTORED;
import static org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState.SCANNING;
import static org.hamcrest.Matchers.endsWith;

class ArchivalFilmTest {

	static final ArchivalFilmId FILM = new ArchivalFilmId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));

	static final LocalizedText TITLE = new LocalizedText("Дала әні", null, "Steppe song");

	static final LocalDate DAY = LocalDate.of(2026, 1, 10);

	static final ArchivalFilmRegistered REGISTERED = new ArchivalFilmRegistered(FILM, TOUR, Country.KZ, TITLE, 1957,
			false);

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<ArchivalFilm> fixture = sentBy(newFixture(), ArchivalFilmTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<ArchivalFilm> newFixture() {
		return ProgrammeFixtures.fixture(ArchivalFilm.class, INITIATIVES, CLOCK);
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof RegisterArchivalFilm register) {
			return CommandSenders.liaisonOf(register.holder());
		}
		return CommandSenders.liaisonOf(REGISTERED.holder());
	}

	private static AdvanceFilmDigitisation advance(DigitisationState to, LocalDate on, String note) {
		return new AdvanceFilmDigitisation(FILM, TOUR, to, on, note);
	}

	private static FilmDigitisationAdvanced advanced(DigitisationState from, DigitisationState to, LocalDate on) {
		return new FilmDigitisationAdvanced(FILM, TOUR, from, to, on, null);
	}

	/**
	 * The film's history up to {@code state}, through restoration, all on {@link #DAY}.
	 */
	private static Object[] upTo(DigitisationState state) {
		DigitisationState[] path = { NOT_ASSESSED, QUEUED, SCANNING, RESTORED, DIGITISED, PUBLISHED };
		Object[] events = new Object[state.ordinal() + 1];
		events[0] = REGISTERED;
		for (int i = 1; i <= state.ordinal(); i++) {
			events[i] = advanced(path[i - 1], path[i], DAY);
		}
		return events;
	}

	@Test
	void liaisonRegistersAFilmTheirCountryHolds() {
		fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.KZ, TITLE, 1957, false))
			.expectEvents(REGISTERED);
	}

	@Test
	void theHonoraryGuestRegistersAFilmWhenItParticipates() {
		fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.AZ, TITLE, 1970, true))
			.expectEvents(new ArchivalFilmRegistered(FILM, TOUR, Country.AZ, TITLE, 1970, true));
	}

	@Test
	void aFilmBelongsToACulturalTourInitiative() {
		refused(fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, CALENDAR, Country.KZ, TITLE, 1957, false)), RuleViolation.class,
				"'Cultural calendar' is an initiative of kind CULTURAL_CALENDAR; "
						+ "an archival film belongs to an initiative of kind CULTURAL_TOUR_PLATFORM");
	}

	@Test
	void aFilmOfAnUnknownInitiativeIsRefused() {
		fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, InitiativeId.random(), Country.KZ, TITLE, 1957, false))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void theHolderMustParticipate() {
		refused(fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.TM, TITLE, 1957, false)), RuleViolation.class,
				"Turkmenistan does not participate in 'Cultural Tour'; its participants are "
						+ CulturalTourFixtures.PARTICIPANTS);
	}

	@Test
	void aFilmsYearCannotBeInTheFuture() {
		refused(fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.KZ, TITLE, 2027, false)), RuleViolation.class,
				"a film's year cannot be in the future (2027, this year is 2026)");
	}

	@Test
	void digitisationMovesOneStepForward() {
		fixture.given(REGISTERED)
			.when(advance(QUEUED, DAY, "Assessed: nitrate base, stable"))
			.expectEvents(new FilmDigitisationAdvanced(FILM, TOUR, NOT_ASSESSED, QUEUED, DAY,
					"Assessed: nitrate base, stable"));
	}

	@Test
	void aFilmWalksThePathThroughRestorationToPublished() {
		fixture.given(upTo(DIGITISED))
			.when(advance(PUBLISHED, DAY.plusDays(1), null))
			.expectEvents(advanced(DIGITISED, PUBLISHED, DAY.plusDays(1)));
	}

	@Test
	void aRestoredFilmIsDigitised() {
		fixture.given(upTo(RESTORED))
			.when(advance(DIGITISED, DAY, null))
			.expectEvents(advanced(RESTORED, DIGITISED, DAY));
	}

	@Test
	void aFilmThatNeedsNoRestorationGoesFromScanningToDigitisedSayingWhy() {
		fixture.given(upTo(SCANNING))
			.when(advance(DIGITISED, DAY, "Negative in good condition: no restoration needed"))
			.expectEvents(new FilmDigitisationAdvanced(FILM, TOUR, SCANNING, DIGITISED, DAY,
					"Negative in good condition: no restoration needed"));
	}

	@Test
	void skippingRestorationWithoutSayingWhyIsRefused() {
		refused(fixture.given(upTo(SCANNING)).when(advance(DIGITISED, DAY, null)), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) is SCANNING; going straight to "
						+ "DIGITISED skips restoration, so the step needs a note saying why the film needs none");
	}

	@Test
	void digitisationCannotSkipAStep() {
		refused(fixture.given(REGISTERED).when(advance(SCANNING, DAY, null)), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) is NOT_ASSESSED; "
						+ "it cannot move to SCANNING (it may move to [QUEUED])");
	}

	@Test
	void onlyScanningMaySkipRestoration() {
		refused(fixture.given(upTo(QUEUED)).when(advance(DIGITISED, DAY, "Looks fine")), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) is QUEUED; "
						+ "it cannot move to DIGITISED (it may move to [SCANNING])");
	}

	@Test
	void digitisationNeverGoesBack() {
		refused(fixture.given(upTo(DIGITISED)).when(advance(SCANNING, DAY, null)), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) is DIGITISED; "
						+ "it cannot move to SCANNING (it may move to [PUBLISHED])");
	}

	@Test
	void thePublishedStateIsFinal() {
		refused(fixture.given(upTo(PUBLISHED)).when(advance(PUBLISHED, DAY, null)), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) is PUBLISHED; "
						+ "it cannot move to PUBLISHED (PUBLISHED is final)");
	}

	@Test
	void aStepCannotBeDatedInTheFuture() {
		refused(fixture.given(REGISTERED).when(advance(QUEUED, TODAY.plusDays(1), null)), RuleViolation.class,
				"a digitisation step cannot be dated in the future (2026-03-02, today is 2026-03-01)");
	}

	@Test
	void aStepCannotPrecedeThePreviousOne() {
		refused(fixture.given(upTo(QUEUED)).when(advance(SCANNING, DAY.minusDays(1), null)), RuleViolation.class,
				"Kazakhstan's archival film 'Steppe song' (1957) became QUEUED on 2026-01-10; "
						+ "the next step cannot be dated earlier, on 2026-01-09");
	}

	@Test
	void aFilmAddressedUnderAnotherInitiativeIsNotFound() {
		fixture.given(REGISTERED)
			.when(new AdvanceFilmDigitisation(FILM, OTHER_TOUR, QUEUED, DAY, null))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void rightsBecomeCleared() {
		fixture.given(REGISTERED)
			.when(new ChangeFilmRights(FILM, TOUR, true, "Licence from the studio's successor"))
			.expectEvents(new FilmRightsChanged(FILM, TOUR, true, "Licence from the studio's successor"));
	}

	@Test
	void clearedRightsCanBeWithdrawn() {
		fixture.given(REGISTERED, new FilmRightsChanged(FILM, TOUR, true, null))
			.when(new ChangeFilmRights(FILM, TOUR, false, "Licence expired"))
			.expectEvents(new FilmRightsChanged(FILM, TOUR, false, "Licence expired"));
	}

	@Test
	void rightsAlreadyClearedAreNotClearedAgain() {
		refused(fixture.given(REGISTERED, new FilmRightsChanged(FILM, TOUR, true, null))
			.when(new ChangeFilmRights(FILM, TOUR, true, null)), RuleViolation.class,
				"the screening rights of Kazakhstan's archival film 'Steppe song' (1957) are " + "already cleared");
	}

	@Test
	void rightsOfAnotherInitiativesFilmAreNotFound() {
		fixture.given(REGISTERED)
			.when(new ChangeFilmRights(FILM, OTHER_TOUR, true, null))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void theFactsAFilmGivesScreeningsFollowItsEvents() {
		fixture.given(upTo(DIGITISED))
			.andGiven(new FilmRightsChanged(FILM, TOUR, true, null))
			.when(new ChangeFilmRights(FILM, TOUR, false, null))
			.expectState((film) -> {
				FilmFacts facts = film.facts();
				assertThat(facts.state()).isEqualTo(DIGITISED);
				assertThat(facts.rightsCleared()).isFalse();
				assertThat(facts.holder()).isEqualTo(Country.KZ);
				assertThat(facts.initiativeId()).isEqualTo(TOUR);
				assertThat(facts.describe()).isEqualTo("Kazakhstan's archival film 'Steppe song' (1957)");
			});
	}

	@Test
	void onlyTheHoldersLiaisonRegistersAFilm() {
		refused(fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.KZ, TITLE, 1957, false), as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only Kazakhstan's liaison may register an archival film Kazakhstan holds; "
						+ "'liaison-uz' is Uzbekistan's liaison");
		fixture.givenNoPriorActivity()
			.when(new RegisterArchivalFilm(FILM, TOUR, Country.KZ, TITLE, 1957, false), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheHoldersLiaisonLogsDigitisationAndRights() {
		refused(fixture.given(REGISTERED).when(advance(QUEUED, DAY, null), as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only Kazakhstan's liaison may log the digitisation of Kazakhstan's archival film "
						+ "'Steppe song' (1957); 'liaison-uz' is Uzbekistan's liaison");
		fixture.given(REGISTERED)
			.when(new ChangeFilmRights(FILM, TOUR, true, null), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(REGISTERED)
			.when(new ChangeFilmRights(FILM, TOUR, true, null), as(OFFICIAL))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(REGISTERED).when(advance(QUEUED, DAY, null)), AccessRefused.class,
				endsWith("; the command names no caller"));
	}

}
