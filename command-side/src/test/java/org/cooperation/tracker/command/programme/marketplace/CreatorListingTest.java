package org.cooperation.tracker.command.programme.marketplace;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.kernel.country.Country.AZ;
import static org.cooperation.tracker.kernel.country.Country.TJ;
import static org.hamcrest.Matchers.endsWith;

class CreatorListingTest {

	static final InitiativeId MARKETPLACE = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000b4"));

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final CreatorListingId LISTING = new CreatorListingId(
			UUID.fromString("00000000-0000-0000-0000-0000000001a1"));

	static final Set<Country> MEMBERS = Set.of(Country.KZ, Country.UZ, Country.KG, TJ, Country.TM);

	static final CreatorContact CONTACT = new CreatorContact("jeweller.tj1@example.org", "+000 00 000 0001");

	static final List<EvidenceLink> LINKS = List.of(EvidenceLink.of("https://example.org/sample-jeweller-tj-1"));

	static final LocalizedText DESCRIPTION = LocalizedText.english("Silver jewellery in the Pamiri tradition");

	static final String LISTING_OF = "Tajikistan's listing 'Sample Jeweller TJ-1' is ";

	static final InitiativeRegister REGISTER = ProgrammeFixtures.initiatives(
			new InitiativeFacts(MARKETPLACE, InitiativeKind.CREATIVE_MARKETPLACE, "Marketplace", MEMBERS),
			new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar", MEMBERS));

	private final InMemoryContacts contacts = new InMemoryContacts();

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<CreatorListing> fixture = sentBy(newFixture(), CreatorListingTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<CreatorListing> newFixture() {
		return ProgrammeFixtures.fixture(CreatorListing.class, REGISTER, contacts);
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof RecordCreatorContact) {
			return CommandSenders.liaisonOf(TJ);
		}
		return CommandSenders.liaisonOfItsCountry(command, CommandSenders.SECRETARIAT);
	}

	static ListCreator list(Country country, InitiativeId initiative, CreatorContact contact) {
		return new ListCreator(LISTING, initiative, country, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe",
				DESCRIPTION, LINKS, contact);
	}

	static CreatorListed listed(boolean contactOnFile) {
		return new CreatorListed(LISTING, MARKETPLACE, TJ, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe",
				DESCRIPTION, LINKS, contactOnFile);
	}

	@Test
	void liaisonListsACreatorAndTheContactGoesToItsOwnStoreNotTheEvent() {
		fixture.givenNoPriorActivity().when(list(TJ, MARKETPLACE, CONTACT)).expectEvents(listed(true));
		assertThat(contacts.byListing).containsEntry(LISTING, CONTACT);
	}

	@Test
	void creatorMayBeListedWithoutContactDetails() {
		fixture.givenNoPriorActivity().when(list(TJ, MARKETPLACE, null)).expectEvents(listed(false));
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void listingOnAnInitiativeOfAnotherKindIsRefusedAndStoresNoContact() {
		refused(fixture.givenNoPriorActivity().when(list(TJ, CALENDAR, CONTACT)), RuleViolation.class,
				"'Cultural calendar' is an initiative of kind CULTURAL_CALENDAR; a creator listing belongs "
						+ "to an initiative of kind CREATIVE_MARKETPLACE");
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void listingOnAnUnknownInitiativeIsAnUnknownReference() {
		fixture.givenNoPriorActivity()
			.when(list(TJ, InitiativeId.random(), CONTACT))
			.expectException(UnknownReference.class)
			.expectNoEvents();
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void onlyAParticipantListsItsCreators() {
		refused(fixture.givenNoPriorActivity().when(list(AZ, MARKETPLACE, CONTACT)), RuleViolation.class,
				"Azerbaijan does not participate in 'Marketplace'; its participants are " + MEMBERS);
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void secretariatVerifiesAListing() {
		fixture.given(listed(true))
			.when(new VerifyCreatorListing(LISTING, MARKETPLACE))
			.expectEvents(new CreatorListingVerified(LISTING, MARKETPLACE, TJ))
			.expectResultMessagePayload(ListingState.VERIFIED);
	}

	@Test
	void verifiedListingCannotBeVerifiedAgain() {
		refused(fixture.given(listed(true), new CreatorListingVerified(LISTING, MARKETPLACE, TJ))
			.when(new VerifyCreatorListing(LISTING, MARKETPLACE)), RuleViolation.class,
				LISTING_OF + "VERIFIED; it cannot be verified again");
	}

	@Test
	void delistedListingCannotBeVerified() {
		refused(fixture
			.given(listed(false), new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.LISTED, "Closed"))
			.when(new VerifyCreatorListing(LISTING, MARKETPLACE)), RuleViolation.class,
				LISTING_OF + "DELISTED; it cannot be verified any more");
	}

	@Test
	void verifiedListingIsDelistedWithAReason() {
		fixture.given(listed(true), new CreatorListingVerified(LISTING, MARKETPLACE, TJ))
			.when(new DelistCreator(LISTING, MARKETPLACE, "Workshop closed"))
			.expectEvents(new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.VERIFIED, "Workshop closed"))
			.expectResultMessagePayload(ListingState.DELISTED);
	}

	@Test
	void delistedListingCannotBeDelistedAgain() {
		refused(fixture
			.given(listed(false), new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.LISTED, "Closed"))
			.when(new DelistCreator(LISTING, MARKETPLACE, "Again")), RuleViolation.class,
				LISTING_OF + "DELISTED; it cannot be delisted again");
	}

	@Test
	void contactDetailsArePutOnFileLater() {
		fixture.given(listed(false))
			.when(new RecordCreatorContact(LISTING, MARKETPLACE, CONTACT))
			.expectEvents(new CreatorContactRecorded(LISTING, MARKETPLACE, TJ));
		assertThat(contacts.byListing).containsEntry(LISTING, CONTACT);
	}

	@Test
	void noContactDetailsAreKeptForADelistedCreator() {
		refused(fixture
			.given(listed(false), new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.LISTED, "Closed"))
			.when(new RecordCreatorContact(LISTING, MARKETPLACE, CONTACT)), RuleViolation.class,
				LISTING_OF + "DELISTED; no contact details are kept for a delisted creator");
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void erasureRemovesTheDetailsAndIsRecorded() {
		contacts.byListing.put(LISTING, CONTACT);
		fixture.given(listed(true), new CreatorListingVerified(LISTING, MARKETPLACE, TJ))
			.when(new EraseCreatorContact(LISTING, MARKETPLACE))
			.expectEvents(new CreatorContactErased(LISTING, MARKETPLACE, TJ));
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void erasureIsPossibleAfterDelisting() {
		contacts.byListing.put(LISTING, CONTACT);
		fixture.given(listed(true), new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.LISTED, "Closed"))
			.when(new EraseCreatorContact(LISTING, MARKETPLACE))
			.expectEvents(new CreatorContactErased(LISTING, MARKETPLACE, TJ));
		assertThat(contacts.byListing).isEmpty();
	}

	@Test
	void nothingToEraseOnceErased() {
		refused(fixture.given(listed(true), new CreatorContactErased(LISTING, MARKETPLACE, TJ))
			.when(new EraseCreatorContact(LISTING, MARKETPLACE)), RuleViolation.class,
				LISTING_OF + "LISTED; it has no contact details on file (none were given, or "
						+ "they were erased already), so there is nothing to erase");
	}

	@Test
	void listingAddressedUnderAnotherInitiativeIsNotFound() {
		fixture.given(listed(true))
			.when(new VerifyCreatorListing(LISTING, CALENDAR))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	/** The contact store as a map: what the aggregate asks of it, without a database. */
	static final class InMemoryContacts implements CreatorContacts {

		final Map<CreatorListingId, CreatorContact> byListing = new HashMap<>();

		@Override
		public void store(CreatorListingId listingId, InitiativeId initiativeId, CreatorContact contact) {
			byListing.put(listingId, contact);
		}

		@Override
		public void erase(CreatorListingId listingId) {
			byListing.remove(listingId);
		}

		@Override
		public Optional<OnFile> find(CreatorListingId listingId) {
			return Optional.ofNullable(byListing.get(listingId))
				.map((contact) -> new OnFile(listingId, MARKETPLACE, contact, Instant.EPOCH));
		}

	}

	@Test
	void onlyTheCountrysLiaisonListsItsCreators() {
		refused(fixture.givenNoPriorActivity().when(list(TJ, MARKETPLACE, CONTACT), as(liaisonOf(Country.KG))),
				AccessRefused.class,
				"only Tajikistan's liaison may list Tajikistan's creators; 'liaison-kg' is Kyrgyzstan's liaison");
		fixture.givenNoPriorActivity()
			.when(list(TJ, MARKETPLACE, CONTACT), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		assertThat(contacts.find(LISTING)).as("no contact details are kept for a refused listing").isEmpty();
	}

	@Test
	void onlyTheSecretariatVerifies() {
		refused(fixture.given(listed(false)).when(new VerifyCreatorListing(LISTING, MARKETPLACE), as(liaisonOf(TJ))),
				AccessRefused.class, "only the secretariat may verify Tajikistan's listing 'Sample Jeweller TJ-1'; "
						+ "'liaison-tj' is Tajikistan's liaison");
	}

	@Test
	void theSecretariatOrTheListingsOwnLiaisonDelists() {
		fixture.given(listed(false))
			.when(new DelistCreator(LISTING, MARKETPLACE, "Workshop closed"), as(liaisonOf(TJ)))
			.expectEvents(new CreatorDelisted(LISTING, MARKETPLACE, TJ, ListingState.LISTED, "Workshop closed"));
		refused(fixture.given(listed(false))
			.when(new DelistCreator(LISTING, MARKETPLACE, "Workshop closed"), as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only the secretariat or Tajikistan's liaison may delist Tajikistan's listing "
						+ "'Sample Jeweller TJ-1'; 'liaison-uz' is Uzbekistan's liaison");
	}

	@Test
	void contactDetailsArePutOnFileByTheListingsLiaisonAndErasedByItOrTheSecretariat() {
		fixture.given(listed(false))
			.when(new RecordCreatorContact(LISTING, MARKETPLACE, CONTACT), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(listed(false))
			.when(new RecordCreatorContact(LISTING, MARKETPLACE, CONTACT), as(liaisonOf(Country.UZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		assertThat(contacts.find(LISTING)).isEmpty();
		contacts.store(LISTING, MARKETPLACE, CONTACT);
		fixture.given(listed(true))
			.when(new EraseCreatorContact(LISTING, MARKETPLACE), as(liaisonOf(Country.UZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		assertThat(contacts.find(LISTING)).as("a refused erasure erases nothing").isPresent();
		fixture.given(listed(true))
			.when(new EraseCreatorContact(LISTING, MARKETPLACE), as(liaisonOf(TJ)))
			.expectEvents(new CreatorContactErased(LISTING, MARKETPLACE, TJ));
		assertThat(contacts.find(LISTING)).isEmpty();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(listed(false)).when(new DelistCreator(LISTING, MARKETPLACE, "Workshop closed")),
				AccessRefused.class, endsWith("; the command names no caller"));
	}

}
