package org.cooperation.tracker.command.programme.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarSubmission;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarSubmission;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.LOADER;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.INCLUDED;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.RETURNED;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.SUBMITTED;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

class CalendarSubmissionTest {

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final InitiativeId OTHER_CALENDAR = new InitiativeId(
			UUID.fromString("00000000-0000-0000-0000-0000000000c2"));

	static final InitiativeId MARKETPLACE = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c4"));

	static final CalendarSubmissionId SUBMISSION = new CalendarSubmissionId(
			UUID.fromString("00000000-0000-0000-0000-0000000000e1"));

	static final EditionYear EDITION = new EditionYear(2026);

	static final CulturalEvent FESTIVAL = festival("Almaty");

	static final CulturalEvent CORRECTED = festival("Almaty, Central Park");

	static final CalendarEventSubmitted SUBMITTED_EVENT = new CalendarEventSubmitted(SUBMISSION, CALENDAR, Country.KZ,
			EDITION, FESTIVAL);

	static final InitiativeRegister REGISTER = ProgrammeFixtures.initiatives(
			new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar",
					Set.of(Country.KZ, Country.UZ, Country.AZ)),
			new InitiativeFacts(MARKETPLACE, InitiativeKind.CREATIVE_MARKETPLACE, "Marketplace",
					Set.of(Country.KZ, Country.UZ)));

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<CalendarSubmission> fixture = sentBy(newFixture(),
			CalendarSubmissionTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<CalendarSubmission> newFixture() {
		return ProgrammeFixtures.fixture(CalendarSubmission.class, REGISTER);
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		return CommandSenders.liaisonOfItsCountry(command, CommandSenders.SECRETARIAT);
	}

	static CulturalEvent festival(String city) {
		return new CulturalEvent(LocalizedText.english("Steppe folk music festival"), CulturalEventType.FESTIVAL, city,
				LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "Union of folk musicians",
				EvidenceLink.of("https://example.org/festival"), null);
	}

	@Test
	void participantSubmitsAnEventForAnEdition() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, EDITION, FESTIVAL))
			.expectEvents(SUBMITTED_EVENT);
	}

	@Test
	void honoraryGuestThatParticipatesMaySubmitToo() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.AZ, EDITION, FESTIVAL))
			.expectEvents(new CalendarEventSubmitted(SUBMISSION, CALENDAR, Country.AZ, EDITION, FESTIVAL));
	}

	@Test
	void countryThatDoesNotParticipateCannotSubmit() {
		refused(fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.TM, EDITION, FESTIVAL)), RuleViolation.class,
				startsWith("Turkmenistan does not participate in 'Cultural calendar'"));
	}

	@Test
	void submissionBelongsToACulturalCalendarInitiative() {
		refused(fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, MARKETPLACE, Country.KZ, EDITION, FESTIVAL)), RuleViolation.class,
				"'Marketplace' is an initiative of kind CREATIVE_MARKETPLACE; a calendar submission "
						+ "belongs to an initiative of kind CULTURAL_CALENDAR");
	}

	@Test
	void submissionBelongsToARecordedInitiative() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, InitiativeId.random(), Country.KZ, EDITION, FESTIVAL))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void eventMustTakePlaceInItsEditionYear() {
		assertThatThrownBy(
				() -> new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, new EditionYear(2027), FESTIVAL))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage(
					"the event runs from 2026-06-12 to 2026-06-14, wholly outside the 2027 edition of the calendar");
	}

	@Test
	void eventAcrossNewYearBelongsToEitherEdition() {
		CulturalEvent newYear = new CulturalEvent(LocalizedText.english("Winter lights"), CulturalEventType.FESTIVAL,
				"Bishkek", LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), "City hall", null, null);
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.UZ, new EditionYear(2027), newYear))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void secretariatIncludesASubmittedEvent() {
		fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, INCLUDED, null))
			.expectEvents(new CalendarSubmissionIncluded(SUBMISSION, CALENDAR, Country.KZ, null));
	}

	@Test
	void secretariatReturnsASubmittedEventWithAReason() {
		fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, RETURNED, "Name the venue"))
			.expectEvents(new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Name the venue"));
	}

	@Test
	void returningWithoutAReasonIsRefused() {
		assertThatThrownBy(() -> new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, RETURNED, " "))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("reason for returning the submission is required");
		assertThatThrownBy(() -> new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, SUBMITTED, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("INCLUDED or RETURNED");
	}

	@Test
	void includedSubmissionIsNotDecidedAgain() {
		refused(fixture.given(SUBMITTED_EVENT, new CalendarSubmissionIncluded(SUBMISSION, CALENDAR, Country.KZ, null))
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, RETURNED, "Late thoughts")), RuleViolation.class,
				"Kazakhstan's submission 'Steppe folk music festival' (2026) is INCLUDED; it "
						+ "cannot be RETURNED (only a SUBMITTED event awaits a decision)");
	}

	@Test
	void submissionIsOnlyReachedThroughItsOwnInitiative() {
		refused(fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarSubmission(SUBMISSION, OTHER_CALENDAR, INCLUDED, null)), RecordNotFound.class,
				"initiative " + OTHER_CALENDAR + " has no calendar submission " + SUBMISSION);
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, OTHER_CALENDAR, Country.KZ, null))
			.expectException(RecordNotFound.class)
			.expectNoEvents();
	}

	@Test
	void ownCountryResubmitsAReturnedEventCorrected() {
		fixture.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Venue?"))
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, CORRECTED))
			.expectEvents(new CalendarEventResubmitted(SUBMISSION, CALENDAR, Country.KZ, CORRECTED));
	}

	@Test
	void resubmittedEventAwaitsANewDecision() {
		fixture
			.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Venue?"),
					new CalendarEventResubmitted(SUBMISSION, CALENDAR, Country.KZ, CORRECTED))
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, INCLUDED, null))
			.expectEvents(new CalendarSubmissionIncluded(SUBMISSION, CALENDAR, Country.KZ, null));
	}

	@Test
	void onlyAReturnedSubmissionIsResubmitted() {
		refused(fixture.given(SUBMITTED_EVENT)
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, CORRECTED)), RuleViolation.class,
				"Kazakhstan's submission 'Steppe folk music festival' (2026) is SUBMITTED; it "
						+ "cannot be resubmitted (only a RETURNED submission can; withdraw it and submit the event anew "
						+ "to change it)");
	}

	@Test
	void correctedEventStaysInTheSubmissionsEdition() {
		CulturalEvent nextYear = new CulturalEvent(LocalizedText.english("Steppe folk music festival"),
				CulturalEventType.FESTIVAL, "Almaty", LocalDate.of(2027, 6, 12), LocalDate.of(2027, 6, 14),
				"Union of folk musicians", null, null);
		fixture.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Wrong year"))
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, nextYear))
			.expectException(InvalidValueException.class)
			.expectNoEvents();
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void anotherCountryCannotResubmitOrWithdraw() {
		refused(fixture
			.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Venue?"))
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.UZ, CORRECTED), as(LOADER)),
				RuleViolation.class, "only Kazakhstan can resubmit its submission 'Steppe folk music festival' (2026); "
						+ "Uzbekistan cannot");
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.UZ, null), as(LOADER))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheCountrysLiaisonSubmitsItsEvents() {
		refused(fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, EDITION, FESTIVAL),
					as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only Kazakhstan's liaison may submit Kazakhstan's calendar events; "
						+ "'liaison-uz' is Uzbekistan's liaison");
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, EDITION, FESTIVAL), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSubmissionsOwnLiaisonResubmitsOrWithdrawsIt() {
		refused(fixture
			.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Venue?"))
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.UZ, CORRECTED), as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only Kazakhstan's liaison may resubmit Kazakhstan's submission "
						+ "'Steppe folk music festival' (2026); 'liaison-uz' is Uzbekistan's liaison");
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, null), as(liaisonOf(Country.UZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		refused(fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.UZ, null), as(liaisonOf(Country.KZ))),
				AccessRefused.class, "only Uzbekistan's liaison may withdraw a calendar submission for Uzbekistan; "
						+ "'liaison-kz' is Kazakhstan's liaison");
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, null), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSecretariatDecides() {
		refused(fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, INCLUDED, null), as(liaisonOf(Country.KZ))),
				AccessRefused.class, "only the secretariat may include or return a calendar submission; "
						+ "'liaison-kz' is Kazakhstan's liaison");
		refused(fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, INCLUDED, null), as(OFFICIAL)),
				AccessRefused.class, endsWith("; 'official' is an OFFICIAL"));
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().givenNoPriorActivity()
			.when(new SubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, EDITION, FESTIVAL)), AccessRefused.class,
				endsWith("; the command names no caller"));
	}

	@Test
	void ownCountryWithdrawsAnIncludedEventFromTheCalendar() {
		fixture.given(SUBMITTED_EVENT, new CalendarSubmissionIncluded(SUBMISSION, CALENDAR, Country.KZ, null))
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, "Cancelled"))
			.expectEvents(new CalendarSubmissionWithdrawn(SUBMISSION, CALENDAR, Country.KZ, INCLUDED, "Cancelled"));
	}

	@Test
	void ownCountryWithdrawsAReturnedOrSubmittedEvent() {
		fixture.given(SUBMITTED_EVENT, new CalendarSubmissionReturned(SUBMISSION, CALENDAR, Country.KZ, "Venue?"))
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, null))
			.expectEvents(new CalendarSubmissionWithdrawn(SUBMISSION, CALENDAR, Country.KZ, RETURNED, null));
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, null))
			.expectEvents(new CalendarSubmissionWithdrawn(SUBMISSION, CALENDAR, Country.KZ, SUBMITTED, null));
	}

	@Test
	void withdrawnSubmissionIsFinal() {
		CalendarSubmissionWithdrawn withdrawn = new CalendarSubmissionWithdrawn(SUBMISSION, CALENDAR, Country.KZ,
				SUBMITTED, null);
		refused(fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new WithdrawCalendarSubmission(SUBMISSION, CALENDAR, Country.KZ, null)), RuleViolation.class,
				"Kazakhstan's submission 'Steppe folk music festival' (2026) is WITHDRAWN; it "
						+ "cannot be withdrawn again");
		fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new DecideOnCalendarSubmission(SUBMISSION, CALENDAR, INCLUDED, null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
		fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new ResubmitCalendarEvent(SUBMISSION, CALENDAR, Country.KZ, CORRECTED))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

}
