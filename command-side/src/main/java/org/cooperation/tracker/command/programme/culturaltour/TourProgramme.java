package org.cooperation.tracker.command.programme.culturaltour;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.CancelTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.ConfirmTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.PlanTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.RecordTourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegCancelled;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegConfirmed;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegPlanned;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegState.CANCELLED;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegState.CONFIRMED;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegState.HELD;
import static org.cooperation.tracker.kernel.programme.culturaltour.TourLegState.PLANNED;

/**
 * One year's edition of a Cultural Tour initiative's programme and its legs. A leg goes
 * {@code PLANNED → CONFIRMED → HELD}, or is CANCELLED from PLANNED or CONFIRMED; HELD and
 * CANCELLED are final. A film screening shows only digitised films with cleared rights.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class TourProgramme {

	private static final String RECORD = "a Cultural Tour programme";

	@AggregateIdentifier
	private TourProgrammeId programmeId;

	private final Map<TourLegId, Leg> legs = new HashMap<>();

	protected TourProgramme() {
		// For Axon's event sourcing, and for opening an edition.
	}

	/**
	 * Opening creates the edition; opening it a second time is refused here, with the
	 * reason, rather than by the event store's unique key.
	 */
	@CommandHandler
	@CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
	public void handle(OpenTourProgramme command, InitiativeRegister initiatives, Caller caller) {
		Access.secretariat(caller, "open a Cultural Tour programme edition");
		TourProgrammeId asked = command.programmeId();
		InitiativeFacts initiative = initiatives.of(asked.initiativeId())
			.requireKind(InitiativeKind.CULTURAL_TOUR_PLATFORM, RECORD);
		if (programmeId != null) {
			throw new RuleViolation(
					"the " + asked.year() + " programme of '" + initiative.title() + "' is already open");
		}
		apply(new TourProgrammeOpened(asked));
	}

	/**
	 * The secretariat plans legs anywhere; a liaison plans the legs its country hosts.
	 */
	@CommandHandler
	public void handle(PlanTourLeg command, InitiativeRegister initiatives, ArchivalFilmRegister films, Caller caller) {
		Access.secretariatOrLiaisonOf(caller, command.host(),
				"plan a leg of the Cultural Tour hosted by " + command.host().nameEn());
		if (legs.containsKey(command.legId())) {
			throw new RuleViolation("leg " + command.legId() + " is already planned in the " + year() + " programme");
		}
		InitiativeFacts initiative = initiatives.of(programmeId.initiativeId())
			.requireKind(InitiativeKind.CULTURAL_TOUR_PLATFORM, RECORD)
			.requireParticipant(command.origin())
			.requireParticipant(command.host());
		if (command.origin() == command.host()) {
			throw new RuleViolation(command.origin().nameEn()
					+ " cannot host its own leg: a leg of the Cultural Tour goes from one country to another");
		}
		if (command.startsOn().getYear() != year() || command.endsOn().getYear() != year()) {
			throw new RuleViolation(
					"the legs of the " + year() + " programme of '" + initiative.title() + "' take place in " + year()
							+ "; this one runs from " + command.startsOn() + " to " + command.endsOn());
		}
		// A leg names films exactly when it screens them.
		if (command.kind().screensFilms() == command.films().isEmpty()) {
			throw new RuleViolation("a " + command.kind() + " leg names " + (command.kind().screensFilms()
					? "at least one archival film" : "no films; only a FILM_SCREENING leg does"));
		}
		command.films().forEach((film) -> films.of(film).requireScreenableUnder(programmeId.initiativeId()));
		apply(new TourLegPlanned(programmeId, command.legId(), command.kind(), command.title(), command.origin(),
				command.host(), command.city(), command.venue(), command.startsOn(), command.endsOn(),
				command.films()));
	}

	/**
	 * Rights may have been withdrawn since the leg was planned, so a screening's films
	 * are checked again when it is confirmed.
	 */
	@CommandHandler
	public void handle(ConfirmTourLeg command, ArchivalFilmRegister films, Caller caller) {
		Leg leg = legOf(command.legId(), caller, "confirm");
		if (leg.state() != PLANNED) {
			throw new RuleViolation(leg.describe() + " is " + leg.state() + "; only a PLANNED leg can be confirmed");
		}
		leg.films().forEach((film) -> films.of(film).requireScreenableUnder(programmeId.initiativeId()));
		apply(new TourLegConfirmed(programmeId, command.legId(), command.note()));
	}

	@CommandHandler
	public void handle(RecordTourLegHeld command, Clock clock, Caller caller) {
		Leg leg = legOf(command.legId(), caller, "record as held");
		if (leg.state() != CONFIRMED) {
			throw new RuleViolation(
					leg.describe() + " is " + leg.state() + "; only a CONFIRMED leg can be recorded as held");
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(leg.startsOn())) {
			throw new RuleViolation(leg.describe() + " starts on " + leg.startsOn()
					+ "; it cannot be recorded as held before then (today is " + today + ")");
		}
		apply(new TourLegHeld(programmeId, command.legId(), command.note(), command.evidence()));
	}

	@CommandHandler
	public void handle(CancelTourLeg command, Caller caller) {
		Leg leg = legOf(command.legId(), caller, "cancel");
		if (leg.state() == HELD) {
			throw new RuleViolation(leg.describe() + " is HELD; a leg that took place cannot be cancelled");
		}
		if (leg.state() == CANCELLED) {
			throw new RuleViolation(leg.describe() + " is CANCELLED already");
		}
		apply(new TourLegCancelled(programmeId, command.legId(), leg.state(), command.reason()));
	}

	/**
	 * The leg, once the caller may move it: the secretariat, or the liaison of the host
	 * country the leg was planned with.
	 */
	private Leg legOf(TourLegId legId, Caller caller, String action) {
		Leg leg = legs.get(legId);
		if (leg == null) {
			throw new AggregateNotFoundException(legId.toString(), "the " + year() + " programme has no leg " + legId);
		}
		Access.secretariatOrLiaisonOf(caller, leg.host(), action + " " + leg.describe());
		return leg;
	}

	private int year() {
		return programmeId.year();
	}

	@EventSourcingHandler
	void on(TourProgrammeOpened event) {
		this.programmeId = event.programmeId();
	}

	@EventSourcingHandler
	void on(TourLegPlanned event) {
		String title = (event.title() != null) ? event.title().preferEnglish() : null;
		legs.put(event.legId(), new Leg(event.kind(), title, event.origin(), event.host(), event.city(),
				event.startsOn(), event.films(), PLANNED));
	}

	@EventSourcingHandler
	void on(TourLegConfirmed event) {
		legs.computeIfPresent(event.legId(), (id, leg) -> leg.movedTo(CONFIRMED));
	}

	@EventSourcingHandler
	void on(TourLegHeld event) {
		legs.computeIfPresent(event.legId(), (id, leg) -> leg.movedTo(HELD));
	}

	@EventSourcingHandler
	void on(TourLegCancelled event) {
		legs.computeIfPresent(event.legId(), (id, leg) -> leg.movedTo(CANCELLED));
	}

}
