package org.cooperation.tracker.command.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.AgreeDirection;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;
import org.cooperation.tracker.kernel.protocol.RecordSignature;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A protocol signed at a meeting: who the parties were and in what role, who signed, and
 * which directions of cooperation were agreed.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class Protocol {

	@AggregateIdentifier
	private ProtocolId protocolId;

	private LocalDate meetingDate;

	private LocalizedText meetingTitle;

	private final Map<Country, Party> parties = new EnumMap<>(Country.class);

	private final Set<Country> signed = EnumSet.noneOf(Country.class);

	private final Map<DirectionId, LocalizedText> directions = new LinkedHashMap<>();

	protected Protocol() {
		// For Axon's event sourcing.
	}

	@CommandHandler
	public Protocol(RecordProtocol command, Clock clock, Caller caller) {
		Access.secretariat(caller, "record a protocol");
		ProtocolRules.checkRecordable(command, LocalDate.now(clock));
		apply(new ProtocolRecorded(command.protocolId(), command.number(), command.meetingDate(), command.place(),
				command.meetingTitle(), command.parties()));
		for (AgreedDirection direction : command.directions()) {
			apply(new DirectionAgreed(command.protocolId(), direction.directionId(), direction.title()));
		}
	}

	@CommandHandler
	public void handle(AgreeDirection command, Caller caller) {
		Access.secretariat(caller, "agree a direction of a protocol");
		if (directions.containsKey(command.directionId())) {
			throw new RuleViolation("direction " + command.directionId() + " is already agreed in this protocol");
		}
		if (ProtocolRules.sameTitle(directions.values(), command.title())) {
			throw new RuleViolation(
					"a direction titled '" + command.title().preferEnglish() + "' is already agreed in this protocol");
		}
		apply(new DirectionAgreed(protocolId, command.directionId(), command.title()));
	}

	@CommandHandler
	public void handle(RecordSignature command, Clock clock, Caller caller) {
		Access.secretariat(caller, "record a signature on a protocol");
		Country country = command.country();
		if (!parties.containsKey(country)) {
			throw new RuleViolation(
					country.nameEn() + " is not a party to the protocol of '" + meetingTitle.preferEnglish()
							+ "'; its parties are " + parties.keySet(),
					Phrase.of("refusal.party.notAParty", country, meetingTitle, parties.keySet()));
		}
		if (signed.contains(country)) {
			throw new RuleViolation(country.nameEn() + "'s signature on this protocol is already recorded");
		}
		if (command.signedOn().isBefore(meetingDate)) {
			throw new RuleViolation(
					"a signature dated " + command.signedOn() + " precedes the meeting on " + meetingDate);
		}
		NotInTheFuture.protocolDate(command.signedOn(), LocalDate.now(clock),
				"a signature cannot be dated in the future");
		apply(new ProtocolSigned(protocolId, country, command.signatory(), command.position(), command.signedOn()));
	}

	/** What initiatives under this protocol are bound to. */
	public AgreedTerms terms() {
		return new AgreedTerms(protocolId, meetingTitle, parties.keySet(), directions);
	}

	@EventSourcingHandler
	void on(ProtocolRecorded event) {
		this.protocolId = event.protocolId();
		this.meetingDate = event.meetingDate();
		this.meetingTitle = event.meetingTitle();
		event.parties().forEach((party) -> this.parties.put(party.country(), party));
	}

	@EventSourcingHandler
	void on(DirectionAgreed event) {
		this.directions.put(event.directionId(), event.title());
	}

	@EventSourcingHandler
	void on(ProtocolSigned event) {
		this.signed.add(event.country());
	}

}
