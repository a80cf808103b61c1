package org.cooperation.tracker.command.initiative;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.command.protocol.AgreedTerms;
import org.cooperation.tracker.command.protocol.ProtocolTerms;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.StatusMoves;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An initiative under a protocol, and where each participating country stands on it.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class Initiative {

	@AggregateIdentifier
	private InitiativeId initiativeId;

	private InitiativeKind kind;

	private String title;

	private final Map<Country, Participation> participations = new EnumMap<>(Country.class);

	private final Set<ProgressReportId> reports = new HashSet<>();

	protected Initiative() {
		// For Axon's event sourcing.
	}

	@CommandHandler
	public Initiative(ProposeInitiative command, ProtocolTerms protocols, Caller caller) {
		Access.secretariat(caller, "propose an initiative");
		AgreedTerms terms = protocols.of(command.protocolId());
		if (!terms.directions().containsKey(command.directionId())) {
			throw new UnknownReference(
					"direction " + command.directionId() + " is not agreed in the protocol of '"
							+ terms.meetingTitle().preferEnglish() + "'",
					Phrase.of("refusal.direction.unknown", command.directionId(), terms.meetingTitle()));
		}
		if (command.proposedBy() != null && !terms.parties().contains(command.proposedBy())) {
			throw new RuleViolation(
					command.proposedBy().nameEn() + " cannot propose an initiative under the protocol of '"
							+ terms.meetingTitle().preferEnglish() + "': it is not a party",
					Phrase.of("refusal.party.cannotPropose", command.proposedBy(), terms.meetingTitle()));
		}
		for (Country participant : command.participants()) {
			if (!terms.parties().contains(participant)) {
				throw new RuleViolation(
						participant.nameEn() + " cannot participate: it is not a party to the protocol of '"
								+ terms.meetingTitle().preferEnglish() + "'",
						Phrase.of("refusal.party.cannotParticipate", participant, terms.meetingTitle()));
			}
		}
		apply(new InitiativeProposed(command.initiativeId(), command.protocolId(), command.directionId(),
				command.kind(), command.title(), command.description(), command.proposedBy(), command.participants()));
	}

	/**
	 * A country's participation is its own record: only its liaison moves it, and a
	 * country that does not participate has none (the rule below says so).
	 */
	@CommandHandler
	public void handle(ChangeParticipationStatus command, Clock clock, Caller caller) {
		Country country = command.country();
		Access.liaisonOf(caller, country, "change " + country.nameEn() + "'s status on '" + title + "'");
		Participation participation = participationOf(country);
		ParticipationStatus current = participation.status();
		ParticipationStatus asked = command.status();
		if (!StatusMoves.allowed(current, participation.suspendedFrom(), asked)) {
			throw new RuleViolation(
					country.nameEn() + "'s status on '" + title + "' is " + current + "; it cannot move to " + asked
							+ describeNext(current, participation.suspendedFrom()),
					Phrase.of("refusal.status.cannotMove", country, title, current, asked,
							next(current, participation.suspendedFrom())));
		}
		NotInTheFuture.day(command.effectiveOn(), clock, "a status change");
		if (participation.since() != null && command.effectiveOn().isBefore(participation.since())) {
			throw new RuleViolation(
					country.nameEn() + "'s status on '" + title + "' became " + current + " on " + participation.since()
							+ "; a change cannot take effect earlier, on " + command.effectiveOn(),
					Phrase.of("refusal.status.earlier", country, title, current, participation.since(),
							command.effectiveOn()));
		}
		apply(new ParticipationStatusChanged(initiativeId, country, current, asked, command.effectiveOn(),
				command.note(), command.evidence()));
	}

	@CommandHandler
	public void handle(FileProgressReport command, Clock clock, Caller caller) {
		Country country = command.country();
		Access.liaisonOf(caller, country, "report progress for " + country.nameEn());
		Participation participation = participationOf(country);
		if (participation.status() == ParticipationStatus.DECLINED) {
			throw new RuleViolation(country.nameEn() + " declined '" + title + "'; it has no progress to report",
					Phrase.of("refusal.progress.declined", country, title));
		}
		if (reports.contains(command.reportId())) {
			throw new RuleViolation("progress report " + command.reportId() + " is already filed");
		}
		NotInTheFuture.day(command.asOf(), clock, "a progress report");
		apply(new ProgressReported(initiativeId, command.reportId(), country, command.percent(), command.asOf(),
				command.note(), command.evidence()));
	}

	/** What programme records of this initiative are checked against. */
	public InitiativeFacts facts() {
		return new InitiativeFacts(initiativeId, kind, title, participations.keySet());
	}

	private Participation participationOf(Country country) {
		Participation participation = participations.get(country);
		if (participation == null) {
			throw new RuleViolation(
					country.nameEn() + " does not participate in '" + title + "'; its participants are "
							+ participations.keySet(),
					Phrase.of("refusal.notParticipating", country, title, participations.keySet()));
		}
		return participation;
	}

	private static Phrase next(ParticipationStatus current, ParticipationStatus suspendedFrom) {
		Set<ParticipationStatus> next = StatusMoves.next(current, suspendedFrom);
		return next.isEmpty() ? Phrase.of("refusal.status.final", current) : Phrase.of("refusal.status.next", next);
	}

	private static String describeNext(ParticipationStatus current, ParticipationStatus suspendedFrom) {
		Set<ParticipationStatus> next = StatusMoves.next(current, suspendedFrom);
		return next.isEmpty() ? " (" + current + " is final)" : " (it may move to " + next + ")";
	}

	@EventSourcingHandler
	void on(InitiativeProposed event) {
		this.initiativeId = event.initiativeId();
		this.kind = event.kind();
		this.title = event.title().preferEnglish();
		event.participants().forEach((country) -> participations.put(country, Participation.proposed()));
	}

	@EventSourcingHandler
	void on(ParticipationStatusChanged event) {
		participations.computeIfPresent(event.country(),
				(country, participation) -> participation.movedTo(event.to(), event.effectiveOn()));
	}

	@EventSourcingHandler
	void on(ProgressReported event) {
		reports.add(event.reportId());
	}

}
