package org.cooperation.tracker.command.programme.culturaltour;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.CancelTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.ConfirmTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.PlanTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.RecordTourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegCancelled;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;

import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.AUDITOR;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.CALENDAR;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.CLOCK;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.DIGITISED_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.FILMS;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.INITIATIVES;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.OTHER_TOURS_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.PUBLISHED_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.RESTORED_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.RIGHTS_PENDING_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.SCANNING_FILM;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.TODAY;
import static org.cooperation.tracker.command.programme.culturaltour.CulturalTourFixtures.TOUR;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind.FILM_SCREENING;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind.RETROSPECTIVE_EXHIBITION;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind.TOURING_PROGRAMME;
import static org.hamcrest.Matchers.endsWith;

class TourProgrammeTest {

	static final TourProgrammeId EDITION_2026 = new TourProgrammeId(TOUR, 2026);

	static final TourProgrammeOpened OPENED = new TourProgrammeOpened(EDITION_2026);

	static final TourLegId LEG = new TourLegId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));

	static final LocalDate STARTS = LocalDate.of(2026, 2, 20);

	static final LocalDate ENDS = LocalDate.of(2026, 2, 22);

	/** The films as the register shows them now; a test may change one. */
	private final Map<ArchivalFilmId, FilmFacts> films = new HashMap<>(FILMS);

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<TourProgramme> fixture = sentBy(newFixture(), TourProgrammeTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<TourProgramme> newFixture() {
		return ProgrammeFixtures.fixture(TourProgramme.class, INITIATIVES, CulturalTourFixtures.register(films), CLOCK);
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof PlanTourLeg plan) {
			return CommandSenders.liaisonOf(plan.host());
		}
		return CommandSenders.SECRETARIAT;
	}

	private static PlanTourLeg plan(TourLegKind kind, Country origin, Country host, LocalDate startsOn,
			LocalDate endsOn, List<ArchivalFilmId> films) {
		return new PlanTourLeg(EDITION_2026, LEG, kind, LocalizedText.english("Programme of the season"), origin, host,
				"Samarkand", "Registan stage", startsOn, endsOn, films);
	}

	private static PlanTourLeg touring() {
		return plan(TOURING_PROGRAMME, Country.KZ, Country.UZ, STARTS, ENDS, List.of());
	}

	private static TourLegPlanned planned(TourLegKind kind, List<ArchivalFilmId> films) {
		return new TourLegPlanned(EDITION_2026, LEG, kind, LocalizedText.english("Programme of the season"), Country.KZ,
				Country.UZ, "Samarkand", "Registan stage", STARTS, ENDS, films);
	}

	private static TourLegPlanned plannedTouring() {
		return planned(TOURING_PROGRAMME, List.of());
	}

	private static TourLegConfirmed confirmed() {
		return new TourLegConfirmed(EDITION_2026, LEG, null);
	}

	private static TourLegHeld held() {
		return new TourLegHeld(EDITION_2026, LEG, null, List.of());
	}

	@Test
	void secretariatOpensTheEditionOfAYear() {
		fixture.givenNoPriorActivity().when(new OpenTourProgramme(EDITION_2026)).expectEvents(OPENED);
	}

	@Test
	void anEditionIsOpenedOnlyOnce() {
		refused(fixture.given(OPENED).when(new OpenTourProgramme(EDITION_2026)), RuleViolation.class,
				"the 2026 programme of 'Cultural Tour' is already open");
	}

	@Test
	void anEditionBelongsToACulturalTourInitiative() {
		refused(fixture.givenNoPriorActivity().when(new OpenTourProgramme(new TourProgrammeId(CALENDAR, 2026))),
				RuleViolation.class, "'Cultural calendar' is an initiative of kind CULTURAL_CALENDAR; "
						+ "a Cultural Tour programme belongs to an initiative of kind CULTURAL_TOUR_PLATFORM");
	}

	@Test
	void anEditionOfAnUnknownInitiativeIsRefused() {
		fixture.givenNoPriorActivity()
			.when(new OpenTourProgramme(new TourProgrammeId(InitiativeId.random(), 2026)))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void legsArePlannedOnlyInAnOpenEdition() {
		fixture.givenNoPriorActivity()
			.when(touring())
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void liaisonPlansATouringProgrammeLeg() {
		fixture.given(OPENED).when(touring()).expectEvents(plannedTouring());
	}

	@Test
	void liaisonPlansARetrospectiveExhibitionWithoutATitle() {
		fixture.given(OPENED)
			.when(new PlanTourLeg(EDITION_2026, LEG, RETROSPECTIVE_EXHIBITION, null, Country.UZ, Country.KG, "Bishkek",
					"National museum", STARTS, STARTS, List.of()))
			.expectEvents(new TourLegPlanned(EDITION_2026, LEG, RETROSPECTIVE_EXHIBITION, null, Country.UZ, Country.KG,
					"Bishkek", "National museum", STARTS, STARTS, List.of()));
	}

	@Test
	void aLegIdIsPlannedOnlyOnce() {
		refused(fixture.given(OPENED, plannedTouring()).when(touring()), RuleViolation.class,
				"leg " + LEG + " is already planned in the 2026 programme");
	}

	@Test
	void theHostMustParticipate() {
		refused(fixture.given(OPENED).when(plan(TOURING_PROGRAMME, Country.KZ, Country.TM, STARTS, ENDS, List.of())),
				RuleViolation.class, "Turkmenistan does not participate in 'Cultural Tour'; its participants are "
						+ CulturalTourFixtures.PARTICIPANTS);
	}

	@Test
	void theOriginMustParticipate() {
		fixture.given(OPENED)
			.when(plan(TOURING_PROGRAMME, Country.TM, Country.KZ, STARTS, ENDS, List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aLegGoesFromOneCountryToAnother() {
		refused(fixture.given(OPENED).when(plan(TOURING_PROGRAMME, Country.KZ, Country.KZ, STARTS, ENDS, List.of())),
				RuleViolation.class,
				"Kazakhstan cannot host its own leg: a leg of the Cultural Tour goes from one country to another");
	}

	@Test
	void aLegTakesPlaceInTheEditionsYear() {
		refused(fixture.given(OPENED)
			.when(plan(TOURING_PROGRAMME, Country.KZ, Country.UZ, LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2),
					List.of())),
				RuleViolation.class, "the legs of the 2026 programme of 'Cultural Tour' take place in 2026; "
						+ "this one runs from 2026-12-30 to 2027-01-02");
	}

	@Test
	void aLegOfTheYearBeforeIsRefused() {
		fixture.given(OPENED)
			.when(plan(TOURING_PROGRAMME, Country.KZ, Country.UZ, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 2),
					List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aScreeningOfDigitisedFilmsWithClearedRightsIsPlanned() {
		fixture.given(OPENED)
			.when(plan(FILM_SCREENING, Country.KZ, Country.UZ, STARTS, ENDS, List.of(PUBLISHED_FILM, DIGITISED_FILM)))
			.expectEvents(planned(FILM_SCREENING, List.of(PUBLISHED_FILM, DIGITISED_FILM)));
	}

	@Test
	void aScreeningNamesAtLeastOneFilm() {
		refused(fixture.given(OPENED).when(plan(FILM_SCREENING, Country.KZ, Country.UZ, STARTS, ENDS, List.of())),
				RuleViolation.class, "a FILM_SCREENING leg names at least one archival film");
	}

	@Test
	void otherKindsNameNoFilms() {
		refused(fixture.given(OPENED)
			.when(plan(RETROSPECTIVE_EXHIBITION, Country.KZ, Country.UZ, STARTS, ENDS, List.of(PUBLISHED_FILM))),
				RuleViolation.class, "a RETROSPECTIVE_EXHIBITION leg names no films; only a FILM_SCREENING leg does");
	}

	/** Films a screening cannot show, with the refusal naming why. */
	static Stream<Arguments> filmsThatCannotBeScreened() {
		String notDigitised = "a film can be screened only once DIGITISED or PUBLISHED (digitisation is mandatory)";
		return Stream.of(Arguments.of(Named.of("a film still being scanned", List.of(PUBLISHED_FILM, SCANNING_FILM)),
				RuleViolation.class, "Kazakhstan's archival film 'Caravan' (1960) is SCANNING; " + notDigitised),
				Arguments.of(Named.of("a restored but undigitised film", List.of(RESTORED_FILM)), RuleViolation.class,
						"Kazakhstan's archival film 'Old Bukhara' (1960) is RESTORED; " + notDigitised),
				Arguments.of(Named.of("a film without cleared rights", List.of(RIGHTS_PENDING_FILM)),
						RuleViolation.class,
						"the screening rights of Kazakhstan's archival film 'Silk' (1960) are not cleared; "
								+ "it cannot be screened"),
				Arguments.of(Named.of("another initiative's film", List.of(OTHER_TOURS_FILM)), UnknownReference.class,
						"archival film " + OTHER_TOURS_FILM + " is recorded on another initiative"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filmsThatCannotBeScreened")
	void aScreeningOfAFilmThatCannotBeShownIsRefused(List<ArchivalFilmId> films, Class<? extends Throwable> refusal,
			String message) {
		refused(fixture.given(OPENED).when(plan(FILM_SCREENING, Country.KZ, Country.UZ, STARTS, ENDS, films)), refusal,
				message);
	}

	@Test
	void aScreeningOfAnUnknownFilmIsRefused() {
		fixture.given(OPENED)
			.when(plan(FILM_SCREENING, Country.KZ, Country.UZ, STARTS, ENDS, List.of(ArchivalFilmId.random())))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void aPlannedLegIsConfirmed() {
		fixture.given(OPENED, plannedTouring())
			.when(new ConfirmTourLeg(EDITION_2026, LEG, "Host ministry's letter"))
			.expectEvents(new TourLegConfirmed(EDITION_2026, LEG, "Host ministry's letter"));
	}

	@Test
	void aScreeningIsConfirmedWhileItsFilmsStayScreenable() {
		fixture.given(OPENED, planned(FILM_SCREENING, List.of(DIGITISED_FILM)))
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null))
			.expectEvents(confirmed());
	}

	@Test
	void aScreeningWhoseFilmLostItsRightsCannotBeConfirmed() {
		films.put(DIGITISED_FILM,
				CulturalTourFixtures.facts(DIGITISED_FILM, TOUR, "Mountain road", DigitisationState.DIGITISED, false));
		refused(fixture.given(OPENED, planned(FILM_SCREENING, List.of(DIGITISED_FILM)))
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null)), RuleViolation.class,
				"the screening rights of Kazakhstan's archival film 'Mountain road' (1960) are not cleared; "
						+ "it cannot be screened");
	}

	@Test
	void aConfirmedLegCannotBeConfirmedAgain() {
		refused(fixture.given(OPENED, plannedTouring(), confirmed()).when(new ConfirmTourLeg(EDITION_2026, LEG, null)),
				RuleViolation.class, "Kazakhstan's touring programme 'Programme of the season' in Samarkand is "
						+ "CONFIRMED; only a PLANNED leg can be confirmed");
	}

	@Test
	void aConfirmedLegIsRecordedHeldOnceItHasStarted() {
		List<EvidenceLink> evidence = List.of(EvidenceLink.of("https://example.org/press/tour-samarkand"));
		fixture.given(OPENED, plannedTouring(), confirmed())
			.when(new RecordTourLegHeld(EDITION_2026, LEG, "Three concerts, full houses", evidence))
			.expectEvents(new TourLegHeld(EDITION_2026, LEG, "Three concerts, full houses", evidence));
	}

	@Test
	void aLegIsHeldOnItsFirstDayAtTheEarliest() {
		TourLegPlanned startsToday = new TourLegPlanned(EDITION_2026, LEG, TOURING_PROGRAMME, null, Country.KZ,
				Country.UZ, "Samarkand", "Registan stage", TODAY, TODAY.plusDays(2), List.of());
		fixture.given(OPENED, startsToday, confirmed())
			.when(new RecordTourLegHeld(EDITION_2026, LEG, null, List.of()))
			.expectEvents(held());
	}

	@Test
	void aLegCannotBeRecordedHeldBeforeItStarts() {
		TourLegPlanned startsTomorrow = new TourLegPlanned(EDITION_2026, LEG, TOURING_PROGRAMME, null, Country.KZ,
				Country.UZ, "Samarkand", "Registan stage", TODAY.plusDays(1), TODAY.plusDays(2), List.of());
		refused(fixture.given(OPENED, startsTomorrow, confirmed())
			.when(new RecordTourLegHeld(EDITION_2026, LEG, null, List.of())), RuleViolation.class,
				"Kazakhstan's touring programme in Samarkand from 2026-03-02 starts on 2026-03-02; "
						+ "it cannot be recorded as held before then (today is 2026-03-01)");
	}

	@Test
	void aPlannedLegMustBeConfirmedBeforeItIsHeld() {
		refused(fixture.given(OPENED, plannedTouring()).when(new RecordTourLegHeld(EDITION_2026, LEG, null, List.of())),
				RuleViolation.class, "Kazakhstan's touring programme 'Programme of the season' in Samarkand is "
						+ "PLANNED; only a CONFIRMED leg can be recorded as held");
	}

	@Test
	void aHeldLegIsHeldOnce() {
		refused(fixture.given(OPENED, plannedTouring(), confirmed(), held())
			.when(new RecordTourLegHeld(EDITION_2026, LEG, null, List.of())), RuleViolation.class,
				"Kazakhstan's touring programme 'Programme of the season' in Samarkand is "
						+ "HELD; only a CONFIRMED leg can be recorded as held");
	}

	@Test
	void aPlannedLegIsCancelledWithAReason() {
		fixture.given(OPENED, plannedTouring())
			.when(new CancelTourLeg(EDITION_2026, LEG, "Venue under renovation"))
			.expectEvents(new TourLegCancelled(EDITION_2026, LEG, TourLegState.PLANNED, "Venue under renovation"));
	}

	@Test
	void aConfirmedLegIsCancelledWithAReason() {
		fixture.given(OPENED, plannedTouring(), confirmed())
			.when(new CancelTourLeg(EDITION_2026, LEG, "Ensemble unavailable"))
			.expectEvents(new TourLegCancelled(EDITION_2026, LEG, TourLegState.CONFIRMED, "Ensemble unavailable"));
	}

	@Test
	void aHeldLegCannotBeCancelled() {
		refused(fixture.given(OPENED, plannedTouring(), confirmed(), held())
			.when(new CancelTourLeg(EDITION_2026, LEG, "Changed our minds")), RuleViolation.class,
				"Kazakhstan's touring programme 'Programme of the season' in Samarkand is HELD; "
						+ "a leg that took place cannot be cancelled");
	}

	@Test
	void aCancelledLegStaysCancelled() {
		fixture
			.given(OPENED, plannedTouring(),
					new TourLegCancelled(EDITION_2026, LEG, TourLegState.PLANNED, "Venue under renovation"))
			.when(new CancelTourLeg(EDITION_2026, LEG, "Again"))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(
					"Kazakhstan's touring programme 'Programme of the season' in Samarkand is CANCELLED already")
			.expectNoEvents();
	}

	@Test
	void aCancelledLegCannotBeConfirmed() {
		fixture
			.given(OPENED, plannedTouring(),
					new TourLegCancelled(EDITION_2026, LEG, TourLegState.PLANNED, "Venue under renovation"))
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("Kazakhstan's touring programme 'Programme of the season' in Samarkand is "
					+ "CANCELLED; only a PLANNED leg can be confirmed")
			.expectNoEvents();
	}

	@Test
	void anUnknownLegIsNotFound() {
		fixture.given(OPENED)
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSecretariatOpensAnEdition() {
		refused(fixture.givenNoPriorActivity().when(new OpenTourProgramme(EDITION_2026), as(liaisonOf(Country.KZ))),
				AccessRefused.class,
				"only the secretariat may open a Cultural Tour programme edition; 'liaison-kz' is Kazakhstan's liaison");
	}

	@Test
	void theSecretariatOrTheHostsLiaisonPlansALeg() {
		fixture.given(OPENED).when(touring(), as(SECRETARIAT)).expectEvents(plannedTouring());
		refused(fixture.given(OPENED).when(touring(), as(liaisonOf(Country.KZ))), AccessRefused.class,
				"only the secretariat or Uzbekistan's liaison may plan a leg of the Cultural Tour "
						+ "hosted by Uzbekistan; 'liaison-kz' is Kazakhstan's liaison");
		fixture.given(OPENED).when(touring(), as(OFFICIAL)).expectException(AccessRefused.class).expectNoEvents();
	}

	/** The leg's host is the one it was planned with, whatever the request says. */
	@Test
	void theSecretariatOrTheStoredHostsLiaisonMovesALeg() {
		fixture.given(OPENED, plannedTouring())
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null), as(liaisonOf(Country.UZ)))
			.expectEvents(confirmed());
		refused(fixture.given(OPENED, plannedTouring())
			.when(new ConfirmTourLeg(EDITION_2026, LEG, null), as(liaisonOf(Country.KZ))), AccessRefused.class,
				"only the secretariat or Uzbekistan's liaison may confirm Kazakhstan's touring "
						+ "programme 'Programme of the season' in Samarkand; 'liaison-kz' is Kazakhstan's liaison");
		fixture.given(OPENED, plannedTouring(), confirmed())
			.when(new RecordTourLegHeld(EDITION_2026, LEG, null, List.of()), as(AUDITOR))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(OPENED, plannedTouring())
			.when(new CancelTourLeg(EDITION_2026, LEG, "No venue"), as(liaisonOf(Country.KG)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(OPENED, plannedTouring()).when(new ConfirmTourLeg(EDITION_2026, LEG, null)),
				AccessRefused.class, endsWith("; the command names no caller"));
	}

}
