package org.cooperation.tracker.command.programme.calendar;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntrySubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarEntry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.INCLUDED;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.RETURNED;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.SUBMITTED;
import static org.hamcrest.Matchers.startsWith;

class CalendarEntryTest {

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final InitiativeId MARKETPLACE = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c4"));

	static final CalendarEntryId ENTRY = new CalendarEntryId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));

	static final EditionYear EDITION = new EditionYear(2026);

	static final CulturalEvent FESTIVAL = new CulturalEvent(LocalizedText.english("Steppe folk music festival"),
			CulturalEventType.FESTIVAL, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "Almaty",
			EvidenceLink.of("https://example.org/festival"), null);

	static final CulturalEvent CORRECTED = new CulturalEvent(LocalizedText.english("Steppe folk music festival"),
			CulturalEventType.FESTIVAL, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "Almaty, Central Park",
			EvidenceLink.of("https://example.org/festival"), null);

	static final CalendarEntrySubmitted SUBMITTED_EVENT = new CalendarEntrySubmitted(ENTRY, CALENDAR, Country.KZ,
			EDITION, FESTIVAL);

	static final InitiativeRegister REGISTER = (initiativeId) -> {
		if (initiativeId.equals(CALENDAR)) {
			return new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar",
					Set.of(Country.KZ, Country.UZ, Country.AZ));
		}
		if (initiativeId.equals(MARKETPLACE)) {
			return new InitiativeFacts(MARKETPLACE, InitiativeKind.CREATIVE_MARKETPLACE, "Marketplace",
					Set.of(Country.KZ, Country.UZ));
		}
		throw new UnknownReference("no initiative " + initiativeId + " is recorded");
	};

	private AggregateTestFixture<CalendarEntry> fixture;

	@BeforeEach
	void setUp() {
		fixture = new AggregateTestFixture<>(CalendarEntry.class);
		fixture.registerInjectableResource(REGISTER);
	}

	@Test
	void participantSubmitsAnEventForAnEdition() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, CALENDAR, Country.KZ, EDITION, FESTIVAL))
			.expectEvents(SUBMITTED_EVENT);
	}

	@Test
	void honoraryGuestThatParticipatesMaySubmitToo() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, CALENDAR, Country.AZ, EDITION, FESTIVAL))
			.expectEvents(new CalendarEntrySubmitted(ENTRY, CALENDAR, Country.AZ, EDITION, FESTIVAL));
	}

	@Test
	void countryThatDoesNotParticipateCannotSubmit() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, CALENDAR, Country.TM, EDITION, FESTIVAL))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(startsWith("Turkmenistan does not participate in 'Cultural calendar'"))
			.expectNoEvents();
	}

	@Test
	void entryBelongsToACulturalCalendarInitiative() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, MARKETPLACE, Country.KZ, EDITION, FESTIVAL))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("'Marketplace' is a CREATIVE_MARKETPLACE initiative; a calendar entry belongs to "
					+ "a CULTURAL_CALENDAR initiative")
			.expectNoEvents();
	}

	@Test
	void entryBelongsToARecordedInitiative() {
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, InitiativeId.random(), Country.KZ, EDITION, FESTIVAL))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void eventMustTakePlaceInItsEditionYear() {
		assertThatThrownBy(() -> new SubmitCalendarEntry(ENTRY, CALENDAR, Country.KZ, new EditionYear(2027), FESTIVAL))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage(
					"the event runs from 2026-06-12 to 2026-06-14, wholly outside the 2027 edition of the calendar");
	}

	@Test
	void eventAcrossNewYearBelongsToEitherEdition() {
		CulturalEvent newYear = new CulturalEvent(LocalizedText.english("Winter lights"), CulturalEventType.FESTIVAL,
				LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3), "Bishkek", null, null);
		fixture.givenNoPriorActivity()
			.when(new SubmitCalendarEntry(ENTRY, CALENDAR, Country.UZ, new EditionYear(2027), newYear))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void secretariatIncludesASubmittedEntry() {
		fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarEntry(ENTRY, INCLUDED, null))
			.expectEvents(new CalendarEntryIncluded(ENTRY, CALENDAR, Country.KZ, null));
	}

	@Test
	void secretariatReturnsASubmittedEntryWithAReason() {
		fixture.given(SUBMITTED_EVENT)
			.when(new DecideOnCalendarEntry(ENTRY, RETURNED, "Name the venue"))
			.expectEvents(new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Name the venue"));
	}

	@Test
	void returningWithoutAReasonIsRefused() {
		assertThatThrownBy(() -> new DecideOnCalendarEntry(ENTRY, RETURNED, " "))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("reason for returning the entry is required");
		assertThatThrownBy(() -> new DecideOnCalendarEntry(ENTRY, SUBMITTED, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("INCLUDED or RETURNED");
	}

	@Test
	void includedEntryIsNotDecidedAgain() {
		fixture.given(SUBMITTED_EVENT, new CalendarEntryIncluded(ENTRY, CALENDAR, Country.KZ, null))
			.when(new DecideOnCalendarEntry(ENTRY, RETURNED, "Late thoughts"))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("Kazakhstan's calendar entry 'Steppe folk music festival' (2026) is INCLUDED; "
					+ "only a SUBMITTED entry can be RETURNED")
			.expectNoEvents();
	}

	@Test
	void ownCountryResubmitsAReturnedEntryCorrected() {
		fixture.given(SUBMITTED_EVENT, new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Name the venue"))
			.when(new ResubmitCalendarEntry(ENTRY, Country.KZ, CORRECTED))
			.expectEvents(new CalendarEntryResubmitted(ENTRY, CALENDAR, Country.KZ, CORRECTED));
	}

	@Test
	void resubmittedEntryAwaitsANewDecision() {
		fixture
			.given(SUBMITTED_EVENT, new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Name the venue"),
					new CalendarEntryResubmitted(ENTRY, CALENDAR, Country.KZ, CORRECTED))
			.when(new DecideOnCalendarEntry(ENTRY, INCLUDED, null))
			.expectEvents(new CalendarEntryIncluded(ENTRY, CALENDAR, Country.KZ, null));
	}

	@Test
	void onlyAReturnedEntryIsResubmitted() {
		fixture.given(SUBMITTED_EVENT)
			.when(new ResubmitCalendarEntry(ENTRY, Country.KZ, CORRECTED))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("Kazakhstan's calendar entry 'Steppe folk music festival' (2026) is SUBMITTED; "
					+ "only a RETURNED entry can be resubmitted (withdraw it and submit a new one to change it)")
			.expectNoEvents();
	}

	@Test
	void correctedEventStaysInTheEntrysEdition() {
		CulturalEvent nextYear = new CulturalEvent(LocalizedText.english("Steppe folk music festival"),
				CulturalEventType.FESTIVAL, LocalDate.of(2027, 6, 12), LocalDate.of(2027, 6, 14), "Almaty", null, null);
		fixture.given(SUBMITTED_EVENT, new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Wrong year"))
			.when(new ResubmitCalendarEntry(ENTRY, Country.KZ, nextYear))
			.expectException(InvalidValueException.class)
			.expectNoEvents();
	}

	@Test
	void anotherCountryCannotResubmitOrWithdraw() {
		fixture.given(SUBMITTED_EVENT, new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Name the venue"))
			.when(new ResubmitCalendarEntry(ENTRY, Country.UZ, CORRECTED))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("only Kazakhstan, which submitted Kazakhstan's calendar entry "
					+ "'Steppe folk music festival' (2026), can resubmit it; Uzbekistan cannot")
			.expectNoEvents();
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarEntry(ENTRY, Country.UZ, null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void ownCountryWithdrawsAnIncludedEntryFromTheCalendar() {
		fixture.given(SUBMITTED_EVENT, new CalendarEntryIncluded(ENTRY, CALENDAR, Country.KZ, null))
			.when(new WithdrawCalendarEntry(ENTRY, Country.KZ, "Cancelled"))
			.expectEvents(new CalendarEntryWithdrawn(ENTRY, CALENDAR, Country.KZ, INCLUDED, "Cancelled"));
	}

	@Test
	void ownCountryWithdrawsAReturnedOrSubmittedEntry() {
		fixture.given(SUBMITTED_EVENT, new CalendarEntryReturned(ENTRY, CALENDAR, Country.KZ, "Name the venue"))
			.when(new WithdrawCalendarEntry(ENTRY, Country.KZ, null))
			.expectEvents(new CalendarEntryWithdrawn(ENTRY, CALENDAR, Country.KZ, RETURNED, null));
		fixture.given(SUBMITTED_EVENT)
			.when(new WithdrawCalendarEntry(ENTRY, Country.KZ, null))
			.expectEvents(new CalendarEntryWithdrawn(ENTRY, CALENDAR, Country.KZ, SUBMITTED, null));
	}

	@Test
	void withdrawnEntryIsFinal() {
		CalendarEntryWithdrawn withdrawn = new CalendarEntryWithdrawn(ENTRY, CALENDAR, Country.KZ, SUBMITTED, null);
		fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new WithdrawCalendarEntry(ENTRY, Country.KZ, null))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(
					"Kazakhstan's calendar entry 'Steppe folk music festival' (2026) is already " + "WITHDRAWN")
			.expectNoEvents();
		fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new DecideOnCalendarEntry(ENTRY, INCLUDED, null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
		fixture.given(SUBMITTED_EVENT, withdrawn)
			.when(new ResubmitCalendarEntry(ENTRY, Country.KZ, CORRECTED))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

}
