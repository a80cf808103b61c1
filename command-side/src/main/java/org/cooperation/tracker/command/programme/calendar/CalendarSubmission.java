package org.cooperation.tracker.command.programme.calendar;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarSubmission;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarSubmission;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.INCLUDED;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.RETURNED;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.SUBMITTED;
import static org.cooperation.tracker.kernel.programme.calendar.SubmissionState.WITHDRAWN;

/**
 * One cultural event a country submitted to an edition of the calendar, and where it
 * stands: the secretariat includes or returns a submitted event; its own country
 * resubmits a returned one once corrected, or withdraws it in any state but WITHDRAWN,
 * which is final. To change a submission that awaits a decision or is included, its
 * country withdraws it and submits the event anew.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class CalendarSubmission {

	@AggregateIdentifier
	private CalendarSubmissionId submissionId;

	private InitiativeId initiativeId;

	private Country country;

	private EditionYear editionYear;

	private String title;

	private SubmissionState state;

	protected CalendarSubmission() {
		// For Axon's event sourcing.
	}

	/**
	 * A country's liaison submits that country's events, and only a participant of a
	 * cultural-calendar initiative submits events to it.
	 */
	@CommandHandler
	public CalendarSubmission(SubmitCalendarEvent command, InitiativeRegister initiatives, Caller caller) {
		initiatives.ofLiaisonsCountry(caller, command.country(),
				"submit " + command.country().nameEn() + "'s calendar events", command.initiativeId(),
				InitiativeKind.CULTURAL_CALENDAR, "a calendar submission");
		apply(new CalendarEventSubmitted(command.submissionId(), command.initiativeId(), command.country(),
				command.editionYear(), command.event()));
	}

	@CommandHandler
	public void handle(DecideOnCalendarSubmission command, Caller caller) {
		Access.secretariat(caller, "include or return a calendar submission");
		belongsTo(command.initiativeId());
		if (state != SUBMITTED) {
			throw new RuleViolation(describe() + " is " + state + "; it cannot be " + command.decision()
					+ " (only a SUBMITTED event awaits a decision)");
		}
		apply((command.decision() == INCLUDED)
				? new CalendarSubmissionIncluded(submissionId, initiativeId, country, command.reason())
				: new CalendarSubmissionReturned(submissionId, initiativeId, country, command.reason()));
	}

	/** A returned event, corrected by its own country, awaits a new decision. */
	@CommandHandler
	public void handle(ResubmitCalendarEvent command, Caller caller) {
		ownCountryActs(caller, command.country(), command.initiativeId(), "resubmit", "a calendar event");
		if (state != RETURNED) {
			throw new RuleViolation(describe() + " is " + state + "; it cannot be resubmitted (only a RETURNED "
					+ "submission can; withdraw it and submit the event anew to change it)");
		}
		editionYear.requireOverlap(command.event());
		apply(new CalendarEventResubmitted(submissionId, initiativeId, country, command.event()));
	}

	@CommandHandler
	public void handle(WithdrawCalendarSubmission command, Caller caller) {
		ownCountryActs(caller, command.country(), command.initiativeId(), "withdraw", "a calendar submission");
		if (state == WITHDRAWN) {
			throw new RuleViolation(describe() + " is WITHDRAWN; it cannot be withdrawn again");
		}
		apply(new CalendarSubmissionWithdrawn(submissionId, initiativeId, country, state, command.reason()));
	}

	/** The path names the initiative too; a submission of another one is not there. */
	private void belongsTo(InitiativeId expected) {
		if (!initiativeId.equals(expected)) {
			throw new RecordNotFound("initiative " + expected + " has no calendar submission " + submissionId);
		}
	}

	/**
	 * Only the submission's own country resubmits or withdraws it: through its liaison,
	 * naming itself as acting, under the submission's initiative.
	 * @param what how the refusal of another liaison's country names the act's object
	 */
	private void ownCountryActs(Caller caller, Country acting, InitiativeId asked, String action, String what) {
		Access.liaisonOf(caller, country, action + " " + describe());
		Access.actingForOwnCountry(caller, acting, action + " " + what);
		belongsTo(asked);
		if (acting != country) {
			throw new RuleViolation("only " + country.nameEn() + " can " + action + " its submission '" + title + "' ("
					+ editionYear + "); " + acting.nameEn() + " cannot");
		}
	}

	private String describe() {
		return country.nameEn() + "'s submission '" + title + "' (" + editionYear + ")";
	}

	@EventSourcingHandler
	void on(CalendarEventSubmitted event) {
		this.submissionId = event.submissionId();
		this.initiativeId = event.initiativeId();
		this.country = event.country();
		this.editionYear = event.editionYear();
		this.title = event.event().title().preferEnglish();
		this.state = SUBMITTED;
	}

	@EventSourcingHandler
	void on(CalendarSubmissionIncluded event) {
		this.state = INCLUDED;
	}

	@EventSourcingHandler
	void on(CalendarSubmissionReturned event) {
		this.state = RETURNED;
	}

	@EventSourcingHandler
	void on(CalendarEventResubmitted event) {
		this.title = event.event().title().preferEnglish();
		this.state = SUBMITTED;
	}

	@EventSourcingHandler
	void on(CalendarSubmissionWithdrawn event) {
		this.state = WITHDRAWN;
	}

}
