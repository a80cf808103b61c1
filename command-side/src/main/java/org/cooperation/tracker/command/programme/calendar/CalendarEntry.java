package org.cooperation.tracker.command.programme.calendar;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntrySubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarEntry;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.INCLUDED;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.RETURNED;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.SUBMITTED;
import static org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState.WITHDRAWN;

/**
 * One cultural event a country submitted to an edition of the calendar, and where it
 * stands: the secretariat includes or returns a submitted entry; its own country may
 * resubmit a returned entry once corrected, or withdraw the entry in any state but
 * WITHDRAWN, which is final.
 */
@Aggregate
public class CalendarEntry {

	@AggregateIdentifier
	private CalendarEntryId entryId;

	private InitiativeId initiativeId;

	private Country country;

	private EditionYear editionYear;

	private String title;

	private CalendarEntryState state;

	protected CalendarEntry() {
		// For Axon's event sourcing.
	}

	/** Only a participant of a cultural-calendar initiative submits entries to it. */
	@CommandHandler
	public CalendarEntry(SubmitCalendarEntry command, InitiativeRegister initiatives) {
		initiatives.of(command.initiativeId())
			.requireKind(InitiativeKind.CULTURAL_CALENDAR, "a calendar entry")
			.requireParticipant(command.country());
		apply(new CalendarEntrySubmitted(command.entryId(), command.initiativeId(), command.country(),
				command.editionYear(), command.event()));
	}

	@CommandHandler
	public void handle(DecideOnCalendarEntry command) {
		if (state != SUBMITTED) {
			throw new RuleViolation(
					describe() + " is " + state + "; only a SUBMITTED entry can be " + command.decision());
		}
		if (command.decision() == INCLUDED) {
			apply(new CalendarEntryIncluded(entryId, initiativeId, country, command.reason()));
		}
		else {
			apply(new CalendarEntryReturned(entryId, initiativeId, country, command.reason()));
		}
	}

	/** A returned entry, corrected by its own country, awaits a new decision. */
	@CommandHandler
	public void handle(ResubmitCalendarEntry command) {
		requireOwnCountry(command.country(), "resubmit");
		if (state != RETURNED) {
			throw new RuleViolation(describe() + " is " + state + "; only a RETURNED entry can be resubmitted"
					+ ((state == SUBMITTED || state == INCLUDED) ? " (withdraw it and submit a new one to change it)"
							: ""));
		}
		editionYear.requireOverlap(command.event());
		apply(new CalendarEntryResubmitted(entryId, initiativeId, country, command.event()));
	}

	@CommandHandler
	public void handle(WithdrawCalendarEntry command) {
		requireOwnCountry(command.country(), "withdraw");
		if (state == WITHDRAWN) {
			throw new RuleViolation(describe() + " is already WITHDRAWN");
		}
		apply(new CalendarEntryWithdrawn(entryId, initiativeId, country, state, command.reason()));
	}

	private void requireOwnCountry(Country acting, String action) {
		if (acting != country) {
			throw new RuleViolation("only " + country.nameEn() + ", which submitted " + describe() + ", can " + action
					+ " it; " + acting.nameEn() + " cannot");
		}
	}

	private String describe() {
		return country.nameEn() + "'s calendar entry '" + title + "' (" + editionYear + ")";
	}

	@EventSourcingHandler
	void on(CalendarEntrySubmitted event) {
		this.entryId = event.entryId();
		this.initiativeId = event.initiativeId();
		this.country = event.country();
		this.editionYear = event.editionYear();
		this.title = event.event().title().preferEnglish();
		this.state = SUBMITTED;
	}

	@EventSourcingHandler
	void on(CalendarEntryIncluded event) {
		this.state = INCLUDED;
	}

	@EventSourcingHandler
	void on(CalendarEntryReturned event) {
		this.state = RETURNED;
	}

	@EventSourcingHandler
	void on(CalendarEntryResubmitted event) {
		this.title = event.event().title().preferEnglish();
		this.state = SUBMITTED;
	}

	@EventSourcingHandler
	void on(CalendarEntryWithdrawn event) {
		this.state = WITHDRAWN;
	}

}
