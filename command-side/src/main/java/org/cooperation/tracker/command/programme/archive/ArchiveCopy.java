package org.cooperation.tracker.command.programme.archive;

import java.time.Clock;
import java.time.LocalDate;

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
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.archive.ApproveArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyApproved;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyChecksumMismatchRecorded;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyDeclined;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyOffered;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyReceived;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyRequested;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyTransferred;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyWithdrawn;
import org.cooperation.tracker.kernel.programme.archive.ConfirmArchiveCopyReceipt;
import org.cooperation.tracker.kernel.programme.archive.DeclineArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.RequestArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.WithdrawArchiveCopy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One copy of archival material exchanged from a holder to a receiver, both participants
 * of an archive-exchange initiative.
 * <ul>
 * <li>The holder offers it, or the receiver requests it.</li>
 * <li>The other party approves: the receiver an offer, the holder a request.</li>
 * <li>The holder transfers it with the SHA-256 of what it sent and the medium.</li>
 * <li>The receiver states the SHA-256 it computed: equal, the copy is received;
 * different, the mismatch is recorded, nothing is accepted, and the holder transfers
 * again.</li>
 * <li>Before the first transfer the party that started may withdraw, and the other party
 * may decline (also after approving), each with a reason.</li>
 * </ul>
 * Each step is taken by the liaison of the party whose step it is, as the copy records
 * its parties; the country a request names as acting must be the liaison's own.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class ArchiveCopy {

	@AggregateIdentifier
	private ArchiveCopyId copyId;

	private InitiativeId initiativeId;

	private Country holder;

	private Country receiver;

	private String label;

	/** The party that started the exchange: the holder offered, or the receiver asked. */
	private ExchangeParty initiator;

	private ArchiveCopyState state;

	private Sha256 sentChecksum;

	private LocalDate sentOn;

	private int transfers;

	protected ArchiveCopy() {
		// For Axon's event sourcing.
	}

	@CommandHandler
	public ArchiveCopy(OfferArchiveCopy command, InitiativeRegister initiatives, Caller caller) {
		Access.liaisonOf(caller, command.holder(), "offer a copy of material " + command.holder().nameEn() + " holds");
		requireExchangeBetween(initiatives, command.initiativeId(), command.holder(), command.receiver());
		apply(new ArchiveCopyOffered(command.copyId(), command.initiativeId(), command.holder(), command.receiver(),
				command.material(), command.note()));
	}

	@CommandHandler
	public ArchiveCopy(RequestArchiveCopy command, InitiativeRegister initiatives, Caller caller) {
		Access.liaisonOf(caller, command.receiver(), "request a copy for " + command.receiver().nameEn());
		requireExchangeBetween(initiatives, command.initiativeId(), command.holder(), command.receiver());
		apply(new ArchiveCopyRequested(command.copyId(), command.initiativeId(), command.holder(), command.receiver(),
				command.material(), command.note()));
	}

	@CommandHandler
	public ArchiveCopyState handle(ApproveArchiveCopy command, Caller caller) {
		step(caller, other(initiator), command.country(), command.initiativeId(), "approve",
				state.nextStep() == ArchiveCopyStep.APPROVE, "it can be approved only while OFFERED or REQUESTED",
				"approves " + ((initiator == ExchangeParty.HOLDER) ? "an offered copy" : "a requested copy"));
		apply(new ArchiveCopyApproved(copyId, initiativeId, holder, receiver, command.country(), command.note()));
		return state;
	}

	@CommandHandler
	public ArchiveCopyState handle(TransferArchiveCopy command, Clock clock, Caller caller) {
		step(caller, ExchangeParty.HOLDER, command.country(), command.initiativeId(), "transfer",
				state.nextStep() == ArchiveCopyStep.TRANSFER,
				"it can be transferred only once APPROVED, or again after a CHECKSUM_MISMATCH", "transfers it");
		NotInTheFuture.day(command.sentOn(), clock, "a transfer");
		apply(new ArchiveCopyTransferred(copyId, initiativeId, holder, receiver, command.checksum(), command.medium(),
				command.sentOn(), transfers + 1, command.note()));
		return state;
	}

	@CommandHandler
	public ArchiveCopyState handle(ConfirmArchiveCopyReceipt command, Clock clock, Caller caller) {
		step(caller, ExchangeParty.RECEIVER, command.country(), command.initiativeId(), "confirm the receipt of",
				state.nextStep() == ArchiveCopyStep.CONFIRM_RECEIPT,
				"its receipt can be confirmed only once TRANSFERRED", "confirms its receipt");
		NotInTheFuture.day(command.receivedOn(), clock, "a receipt");
		if (command.receivedOn().isBefore(sentOn)) {
			throw refused("it was sent on " + sentOn + " and cannot have arrived earlier, on " + command.receivedOn());
		}
		apply(command.checksum().equals(sentChecksum)
				? new ArchiveCopyReceived(copyId, initiativeId, holder, receiver, sentChecksum, command.receivedOn(),
						command.note())
				: new ArchiveCopyChecksumMismatchRecorded(copyId, initiativeId, holder, receiver, sentChecksum,
						command.checksum(), command.receivedOn(), command.note()));
		return state;
	}

	@CommandHandler
	public ArchiveCopyState handle(WithdrawArchiveCopy command, Caller caller) {
		step(caller, initiator, command.country(), command.initiativeId(), "withdraw", state.isBeforeTransfer(),
				"it can be withdrawn only before it is transferred", "withdraws it (it started the exchange)");
		apply(new ArchiveCopyWithdrawn(copyId, initiativeId, holder, receiver, command.country(), state,
				command.reason()));
		return state;
	}

	@CommandHandler
	public ArchiveCopyState handle(DeclineArchiveCopy command, Caller caller) {
		step(caller, other(initiator), command.country(), command.initiativeId(), "decline", state.isBeforeTransfer(),
				"it can be declined only before it is transferred", "declines it (it was asked)");
		apply(new ArchiveCopyDeclined(copyId, initiativeId, holder, receiver, command.country(), state,
				command.reason()));
		return state;
	}

	/**
	 * The guard every step after the first passes, in this order. Only the liaison of the
	 * party whose step this is, as the copy records its parties, takes it, only naming
	 * its own country as acting, and only under the copy's initiative (under another one
	 * the copy does not exist). Then the copy's state judges whether the step may be
	 * taken now, and the country named must be that party: a country between the pair is
	 * told whose step it is, any other that it is neither.
	 * @param allowedNow whether the copy's state allows the step
	 * @param onlyWhen the refusal when it does not
	 * @param partyAct how the refusal of the wrong party names the step
	 */
	private void step(Caller caller, ExchangeParty party, Country named, InitiativeId asked, String act,
			boolean allowedNow, String onlyWhen, String partyAct) {
		Access.liaisonOf(caller, country(party), act + " the copy of " + label + " from " + holder.nameEn() + " to "
				+ receiver.nameEn() + " (as its " + word(party) + ")");
		Access.actingForOwnCountry(caller, named, act + " a copy");
		UnderItsInitiative.require(initiativeId, asked, copyId,
				"archive copy " + copyId + " does not belong to initiative " + asked);
		if (!allowedNow) {
			throw refused(onlyWhen);
		}
		if (named != holder && named != receiver) {
			throw refused(named.nameEn() + " is neither its holder nor its receiver");
		}
		if (named != country(party)) {
			throw refused("only " + country(party).nameEn() + ", the " + word(party) + ", " + partyAct + ", not "
					+ named.nameEn());
		}
	}

	/**
	 * An offer and a request alike start an exchange on an archive-exchange initiative,
	 * between two of its participants.
	 */
	private static void requireExchangeBetween(InitiativeRegister initiatives, InitiativeId initiativeId,
			Country holder, Country receiver) {
		initiatives.of(initiativeId)
			.requireKind(InitiativeKind.ARCHIVE_EXCHANGE, "an archival copy exchange")
			.requireParticipant(holder)
			.requireParticipant(receiver);
	}

	private RuleViolation refused(String why) {
		return new RuleViolation("The copy of " + label + " from " + holder.nameEn() + " to " + receiver.nameEn()
				+ " is " + state + "; " + why);
	}

	private Country country(ExchangeParty party) {
		return (party == ExchangeParty.HOLDER) ? holder : receiver;
	}

	private static ExchangeParty other(ExchangeParty party) {
		return (party == ExchangeParty.HOLDER) ? ExchangeParty.RECEIVER : ExchangeParty.HOLDER;
	}

	private static String word(ExchangeParty party) {
		return (party == ExchangeParty.HOLDER) ? "holder" : "receiver";
	}

	@EventSourcingHandler
	void on(ArchiveCopyOffered event) {
		started(event.copyId(), event.initiativeId(), event.holder(), event.receiver(), event.material().label());
		initiator = ExchangeParty.HOLDER;
		state = ArchiveCopyState.OFFERED;
	}

	@EventSourcingHandler
	void on(ArchiveCopyRequested event) {
		started(event.copyId(), event.initiativeId(), event.holder(), event.receiver(), event.material().label());
		initiator = ExchangeParty.RECEIVER;
		state = ArchiveCopyState.REQUESTED;
	}

	private void started(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
			String label) {
		this.copyId = copyId;
		this.initiativeId = initiativeId;
		this.holder = holder;
		this.receiver = receiver;
		this.label = label;
	}

	@EventSourcingHandler
	void on(ArchiveCopyApproved event) {
		state = ArchiveCopyState.APPROVED;
	}

	@EventSourcingHandler
	void on(ArchiveCopyTransferred event) {
		state = ArchiveCopyState.TRANSFERRED;
		sentChecksum = event.checksum();
		sentOn = event.sentOn();
		transfers = event.attempt();
	}

	@EventSourcingHandler
	void on(ArchiveCopyReceived event) {
		state = ArchiveCopyState.RECEIVED;
	}

	@EventSourcingHandler
	void on(ArchiveCopyChecksumMismatchRecorded event) {
		state = ArchiveCopyState.CHECKSUM_MISMATCH;
	}

	@EventSourcingHandler
	void on(ArchiveCopyWithdrawn event) {
		state = ArchiveCopyState.WITHDRAWN;
	}

	@EventSourcingHandler
	void on(ArchiveCopyDeclined event) {
		state = ArchiveCopyState.DECLINED;
	}

}
