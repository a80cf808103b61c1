package org.cooperation.tracker.command.programme.marketplace;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.UnderItsInitiative;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorDelisted;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.kernel.programme.marketplace.DelistCreator;
import org.cooperation.tracker.kernel.programme.marketplace.EraseCreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.kernel.programme.marketplace.RecordCreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.VerifyCreatorListing;
import org.cooperation.tracker.command.snapshots.AggregateSnapshots;
import org.cooperation.tracker.command.waits.BoundedWaits;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A creator listed on the marketplace by their country's liaison: LISTED, then VERIFIED
 * by the secretariat, or DELISTED with a reason. Contact details go to
 * {@link CreatorContacts} in the same transaction as the event that mentions them, and
 * the events only say whether some are on file. Erasure removes them for good and is
 * itself recorded.
 */
@Aggregate(lockFactory = BoundedWaits.AGGREGATE_LOCKS, snapshotTriggerDefinition = AggregateSnapshots.TRIGGER)
@Revision("1")
public class CreatorListing {

	@AggregateIdentifier
	private CreatorListingId listingId;

	private InitiativeId initiativeId;

	private Country country;

	private String name;

	private ListingState state;

	private boolean contactOnFile;

	protected CreatorListing() {
		// For Axon's event sourcing.
	}

	@CommandHandler
	public CreatorListing(ListCreator command, InitiativeRegister initiatives, CreatorContacts contacts,
			Caller caller) {
		initiatives.ofLiaisonsCountry(caller, command.country(), "list " + command.country().nameEn() + "'s creators",
				command.initiativeId(), InitiativeKind.CREATIVE_MARKETPLACE, "a creator listing");
		if (command.contact() != null) {
			contacts.store(command.listingId(), command.initiativeId(), command.contact());
		}
		apply(new CreatorListed(command.listingId(), command.initiativeId(), command.country(), command.name(),
				command.craft(), command.city(), command.description(), command.links(), command.contact() != null));
	}

	@CommandHandler
	public ListingState handle(VerifyCreatorListing command, Caller caller) {
		Access.secretariat(caller, "verify " + describe());
		requireInitiative(command.initiativeId());
		if (state != ListingState.LISTED) {
			throw refused((state == ListingState.VERIFIED) ? "it cannot be verified again"
					: "it cannot be verified any more");
		}
		apply(new CreatorListingVerified(listingId, initiativeId, country));
		return state;
	}

	@CommandHandler
	public ListingState handle(DelistCreator command, Caller caller) {
		Access.secretariatOrLiaisonOf(caller, country, "delist " + describe());
		requireInitiative(command.initiativeId());
		if (state == ListingState.DELISTED) {
			throw refused("it cannot be delisted again");
		}
		apply(new CreatorDelisted(listingId, initiativeId, country, state, command.reason()));
		return state;
	}

	@CommandHandler
	public void handle(RecordCreatorContact command, CreatorContacts contacts, Caller caller) {
		Access.liaisonOf(caller, country, "put contact details of " + describe() + " on file");
		requireInitiative(command.initiativeId());
		if (state == ListingState.DELISTED) {
			throw refused("no contact details are kept for a delisted creator");
		}
		contacts.store(listingId, initiativeId, command.contact());
		apply(new CreatorContactRecorded(listingId, initiativeId, country));
	}

	/**
	 * The secretariat may erase too: a creator's request for erasure may reach it rather
	 * than their country's liaison.
	 */
	@CommandHandler
	public void handle(EraseCreatorContact command, CreatorContacts contacts, Caller caller) {
		Access.secretariatOrLiaisonOf(caller, country, "erase the contact details of " + describe());
		requireInitiative(command.initiativeId());
		if (!contactOnFile) {
			throw refused("it has no contact details on file (none were given, or they were erased already), "
					+ "so there is nothing to erase");
		}
		contacts.erase(listingId);
		apply(new CreatorContactErased(listingId, initiativeId, country));
	}

	/**
	 * A listing is addressed under its initiative; under another one it does not exist.
	 */
	private void requireInitiative(InitiativeId asked) {
		UnderItsInitiative.require(initiativeId, asked, listingId,
				"listing " + listingId + " does not belong to initiative " + asked);
	}

	private RuleViolation refused(String why) {
		return new RuleViolation(describe() + " is " + state + "; " + why);
	}

	private String describe() {
		return country.nameEn() + "'s listing '" + name + "'";
	}

	@EventSourcingHandler
	void on(CreatorListed event) {
		listingId = event.listingId();
		initiativeId = event.initiativeId();
		country = event.country();
		name = event.name();
		state = ListingState.LISTED;
		contactOnFile = event.contactOnFile();
	}

	@EventSourcingHandler
	void on(CreatorListingVerified event) {
		state = ListingState.VERIFIED;
	}

	@EventSourcingHandler
	void on(CreatorDelisted event) {
		state = ListingState.DELISTED;
	}

	@EventSourcingHandler
	void on(CreatorContactRecorded event) {
		contactOnFile = true;
	}

	@EventSourcingHandler
	void on(CreatorContactErased event) {
		contactOnFile = false;
	}

}
