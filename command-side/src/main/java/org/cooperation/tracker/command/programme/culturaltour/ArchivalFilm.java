package org.cooperation.tracker.command.programme.culturaltour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.command.common.UnderItsInitiative;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.AdvanceFilmDigitisation;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.ChangeFilmRights;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationSteps;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An archival film a participating country holds: how far its digitisation has got and
 * whether its screening rights are cleared. Screening legs read both before they name it.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class ArchivalFilm {

	@AggregateIdentifier
	private ArchivalFilmId filmId;

	private InitiativeId initiativeId;

	private Country holder;

	private String title;

	private int year;

	private DigitisationState state;

	private LocalDate stateSince;

	private boolean rightsCleared;

	protected ArchivalFilm() {
		// For Axon's event sourcing.
	}

	@CommandHandler
	public ArchivalFilm(RegisterArchivalFilm command, InitiativeRegister initiatives, Clock clock, Caller caller) {
		initiatives.ofLiaisonsCountry(caller, command.holder(),
				"register an archival film " + command.holder().nameEn() + " holds", command.initiativeId(),
				InitiativeKind.CULTURAL_TOUR_PLATFORM, "an archival film");
		NotInTheFuture.year(command.year(), clock, "a film's year");
		apply(new ArchivalFilmRegistered(command.filmId(), command.initiativeId(), command.holder(), command.title(),
				command.year(), command.rightsCleared()));
	}

	@CommandHandler
	public void handle(AdvanceFilmDigitisation command, Clock clock, Caller caller) {
		Access.liaisonOf(caller, holder, "log the digitisation of " + describe());
		requireRecordedOn(command.initiativeId());
		DigitisationState asked = command.to();
		if (!DigitisationSteps.next(state).contains(asked)) {
			throw new RuleViolation(describe() + " is " + state + "; it cannot move to " + asked + hint(state));
		}
		if (DigitisationSteps.skipsRestoration(state, asked) && command.note() == null) {
			throw new RuleViolation(describe() + " is " + state + "; going straight to " + asked
					+ " skips restoration, so the step needs a note saying why the film needs none");
		}
		NotInTheFuture.day(command.on(), clock, "a digitisation step");
		if (stateSince != null && command.on().isBefore(stateSince)) {
			throw new RuleViolation(describe() + " became " + state + " on " + stateSince
					+ "; the next step cannot be dated earlier, on " + command.on());
		}
		apply(new FilmDigitisationAdvanced(filmId, initiativeId, state, asked, command.on(), command.note()));
	}

	@CommandHandler
	public void handle(ChangeFilmRights command, Caller caller) {
		Access.liaisonOf(caller, holder, "change the screening rights of " + describe());
		requireRecordedOn(command.initiativeId());
		if (command.cleared() == rightsCleared) {
			throw new RuleViolation("the screening rights of " + describe() + " are already "
					+ (rightsCleared ? "cleared" : "not cleared"));
		}
		apply(new FilmRightsChanged(filmId, initiativeId, command.cleared(), command.note()));
	}

	/** What screening legs are checked against. */
	public FilmFacts facts() {
		return new FilmFacts(filmId, initiativeId, holder, title, year, state, rightsCleared);
	}

	/**
	 * The film is addressed under its initiative; under another one it does not exist.
	 */
	private void requireRecordedOn(InitiativeId asked) {
		UnderItsInitiative.require(initiativeId, asked, filmId,
				"archival film " + filmId + " is not recorded on initiative " + asked);
	}

	private String describe() {
		return facts().describe();
	}

	private static String hint(DigitisationState current) {
		Set<DigitisationState> next = DigitisationSteps.next(current);
		return next.isEmpty() ? " (" + current + " is final)" : " (it may move to " + next + ")";
	}

	@EventSourcingHandler
	void on(ArchivalFilmRegistered event) {
		this.filmId = event.filmId();
		this.initiativeId = event.initiativeId();
		this.holder = event.holder();
		this.title = event.title().preferEnglish();
		this.year = event.year();
		this.state = DigitisationState.NOT_ASSESSED;
		this.rightsCleared = event.rightsCleared();
	}

	@EventSourcingHandler
	void on(FilmDigitisationAdvanced event) {
		this.state = event.to();
		this.stateSince = event.on();
	}

	@EventSourcingHandler
	void on(FilmRightsChanged event) {
		this.rightsCleared = event.cleared();
	}

}
