package org.cooperation.tracker.command.programme.archive;

import java.time.LocalDate;
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
import org.cooperation.tracker.kernel.common.LocalizedText;
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
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyTransferred;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyWithdrawn;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.ConfirmArchiveCopyReceipt;
import org.cooperation.tracker.kernel.programme.archive.DeclineArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.RequestArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.kernel.programme.archive.WithdrawArchiveCopy;

import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.LOADER;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.kernel.country.Country.AZ;
import static org.cooperation.tracker.kernel.country.Country.KG;
import static org.cooperation.tracker.kernel.country.Country.KZ;
import static org.cooperation.tracker.kernel.country.Country.UZ;
import static org.hamcrest.Matchers.endsWith;

class ArchiveCopyTest {

	static final InitiativeId ARCHIVES = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final ArchiveCopyId COPY = new ArchiveCopyId(UUID.fromString("00000000-0000-0000-0000-00000000c0b1"));

	static final Set<Country> MEMBERS = Set.of(KZ, UZ, KG, Country.TJ, Country.TM);

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final LocalDate SENT = LocalDate.of(2026, 2, 10);

	static final LocalDate ARRIVED = LocalDate.of(2026, 2, 12);

	static final ArchiveMaterial EPIC = new ArchiveMaterial(MaterialType.LITERARY,
			new LocalizedText("Эпос қолжазбасы", null, "Manuscript of an epic"), "F. 12, inv. 1, file 7",
			LocalizedText.english("Nineteenth-century manuscript, 212 sheets"));

	static final Sha256 SENT_SUM = Sha256.of("the copy as sent".getBytes());

	static final Sha256 OTHER_SUM = Sha256.of("what arrived damaged".getBytes());

	static final String COPY_OF = "The copy of 'Manuscript of an epic' (F. 12, inv. 1, file 7) from Kazakhstan to Uzbekistan is ";

	static final InitiativeRegister REGISTER = ProgrammeFixtures.initiatives(
			new InitiativeFacts(ARCHIVES, InitiativeKind.ARCHIVE_EXCHANGE, "Archive exchange", MEMBERS),
			new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar", MEMBERS));

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<ArchiveCopy> fixture = sentBy(newFixture(), ArchiveCopyTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<ArchiveCopy> newFixture() {
		return ProgrammeFixtures.fixture(ArchiveCopy.class, REGISTER, ProgrammeFixtures.clockOn(TODAY));
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof OfferArchiveCopy offer) {
			return CommandSenders.liaisonOf(offer.holder());
		}
		if (command instanceof RequestArchiveCopy request) {
			return CommandSenders.liaisonOf(request.receiver());
		}
		return CommandSenders.liaisonOfItsCountry(command);
	}

	static ArchiveCopyOffered offered() {
		return new ArchiveCopyOffered(COPY, ARCHIVES, KZ, UZ, EPIC, null);
	}

	static ArchiveCopyRequested requested() {
		return new ArchiveCopyRequested(COPY, ARCHIVES, KZ, UZ, EPIC, "For the 2026 exhibition");
	}

	static ArchiveCopyApproved approvedBy(Country country) {
		return new ArchiveCopyApproved(COPY, ARCHIVES, KZ, UZ, country, null);
	}

	static ArchiveCopyTransferred transferred(Sha256 checksum, int attempt) {
		return new ArchiveCopyTransferred(COPY, ARCHIVES, KZ, UZ, checksum, TransferMedium.DIGITAL_TRANSFER, SENT,
				attempt, null);
	}

	static TransferArchiveCopy transfer(Country by, Sha256 checksum, LocalDate on) {
		return new TransferArchiveCopy(COPY, ARCHIVES, by, checksum, TransferMedium.DIGITAL_TRANSFER, on, null);
	}

	static ConfirmArchiveCopyReceipt confirm(Country by, Sha256 checksum, LocalDate on) {
		return new ConfirmArchiveCopyReceipt(COPY, ARCHIVES, by, checksum, on, null);
	}

	@Test
	void holderOffersACopyToAnotherParticipant() {
		fixture.givenNoPriorActivity()
			.when(new OfferArchiveCopy(COPY, ARCHIVES, KZ, UZ, EPIC, null))
			.expectEvents(offered());
	}

	@Test
	void receiverRequestsACopy() {
		fixture.givenNoPriorActivity()
			.when(new RequestArchiveCopy(COPY, ARCHIVES, KZ, UZ, EPIC, "For the 2026 exhibition"))
			.expectEvents(requested());
	}

	@Test
	void exchangeOnAnInitiativeOfAnotherKindIsRefused() {
		refused(fixture.givenNoPriorActivity().when(new OfferArchiveCopy(COPY, CALENDAR, KZ, UZ, EPIC, null)),
				RuleViolation.class,
				"'Cultural calendar' is an initiative of kind CULTURAL_CALENDAR; an archival copy exchange "
						+ "belongs to an initiative of kind ARCHIVE_EXCHANGE");
	}

	@Test
	void exchangeOnAnUnknownInitiativeIsAnUnknownReference() {
		fixture.givenNoPriorActivity()
			.when(new RequestArchiveCopy(COPY, InitiativeId.random(), KZ, UZ, EPIC, null))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void bothCountriesMustParticipate() {
		refused(fixture.givenNoPriorActivity().when(new OfferArchiveCopy(COPY, ARCHIVES, KZ, AZ, EPIC, null)),
				RuleViolation.class,
				"Azerbaijan does not participate in 'Archive exchange'; its participants are " + MEMBERS);
		fixture.givenNoPriorActivity()
			.when(new RequestArchiveCopy(COPY, ARCHIVES, AZ, KZ, EPIC, null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void receiverApprovesAnOffer() {
		fixture.given(offered())
			.when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, "Welcome"))
			.expectEvents(new ArchiveCopyApproved(COPY, ARCHIVES, KZ, UZ, UZ, "Welcome"))
			.expectResultMessagePayload(ArchiveCopyState.APPROVED);
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void holderCannotApproveItsOwnOffer() {
		refused(fixture.given(offered()).when(new ApproveArchiveCopy(COPY, ARCHIVES, KZ, null), as(LOADER)),
				RuleViolation.class,
				COPY_OF + "OFFERED; only Uzbekistan, the receiver, approves an offered copy, not Kazakhstan");
	}

	@Test
	void holderApprovesARequest() {
		fixture.given(requested()).when(new ApproveArchiveCopy(COPY, ARCHIVES, KZ, null)).expectEvents(approvedBy(KZ));
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void receiverCannotApproveItsOwnRequest() {
		refused(fixture.given(requested()).when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null), as(LOADER)),
				RuleViolation.class,
				COPY_OF + "REQUESTED; only Kazakhstan, the holder, approves a requested copy, not Uzbekistan");
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void aCountryOutsideThePairCannotAct() {
		refused(fixture.given(offered()).when(new ApproveArchiveCopy(COPY, ARCHIVES, KG, null), as(LOADER)),
				RuleViolation.class, COPY_OF + "OFFERED; Kyrgyzstan is neither its holder nor its receiver");
	}

	@Test
	void approvedCopyCannotBeApprovedAgain() {
		refused(fixture.given(offered(), approvedBy(UZ)).when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null)),
				RuleViolation.class, COPY_OF + "APPROVED; it can be approved only while OFFERED or REQUESTED");
	}

	@Test
	void holderTransfersAnApprovedCopyWithItsChecksum() {
		fixture.given(offered(), approvedBy(UZ))
			.when(transfer(KZ, SENT_SUM, SENT))
			.expectEvents(transferred(SENT_SUM, 1))
			.expectResultMessagePayload(ArchiveCopyState.TRANSFERRED);
	}

	@Test
	void copyCannotBeTransferredBeforeItIsApproved() {
		refused(fixture.given(offered()).when(transfer(KZ, SENT_SUM, SENT)), RuleViolation.class,
				COPY_OF + "OFFERED; it can be transferred only once APPROVED, or again after a CHECKSUM_MISMATCH");
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void onlyTheHolderTransfers() {
		refused(fixture.given(requested(), approvedBy(KZ)).when(transfer(UZ, SENT_SUM, SENT), as(LOADER)),
				RuleViolation.class, COPY_OF + "APPROVED; only Kazakhstan, the holder, transfers it, not Uzbekistan");
	}

	@Test
	void transferCannotBeDatedInTheFuture() {
		refused(fixture.given(offered(), approvedBy(UZ)).when(transfer(KZ, SENT_SUM, TODAY.plusDays(1))),
				RuleViolation.class, "a transfer cannot be dated in the future (2026-03-02, today is 2026-03-01)");
	}

	@Test
	void matchingChecksumMeansTheCopyIsReceived() {
		Sha256 sameInCapitals = new Sha256(SENT_SUM.hex().toUpperCase());
		fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(UZ, sameInCapitals, ARRIVED))
			.expectEvents(new ArchiveCopyReceived(COPY, ARCHIVES, KZ, UZ, SENT_SUM, ARRIVED, null))
			.expectResultMessagePayload(ArchiveCopyState.RECEIVED);
	}

	@Test
	void differentChecksumIsRecordedAsAMismatchAndNotAccepted() {
		fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(UZ, OTHER_SUM, ARRIVED))
			.expectEvents(
					new ArchiveCopyChecksumMismatchRecorded(COPY, ARCHIVES, KZ, UZ, SENT_SUM, OTHER_SUM, ARRIVED, null))
			.expectResultMessagePayload(ArchiveCopyState.CHECKSUM_MISMATCH);
	}

	@Test
	void holderTransfersAgainAfterAMismatch() {
		Sha256 resent = Sha256.of("the copy sent again".getBytes());
		fixture
			.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1),
					new ArchiveCopyChecksumMismatchRecorded(COPY, ARCHIVES, KZ, UZ, SENT_SUM, OTHER_SUM, ARRIVED, null))
			.when(transfer(KZ, resent, SENT))
			.expectEvents(transferred(resent, 2));
	}

	@Test
	void mismatchedCopyCannotBeConfirmedWithoutAnotherTransfer() {
		fixture
			.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1),
					new ArchiveCopyChecksumMismatchRecorded(COPY, ARCHIVES, KZ, UZ, SENT_SUM, OTHER_SUM, ARRIVED, null))
			.when(confirm(UZ, SENT_SUM, ARRIVED))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(COPY_OF + "CHECKSUM_MISMATCH; its receipt can be confirmed only once TRANSFERRED")
			.expectNoEvents();
	}

	@Test
	void receiptCannotBeConfirmedBeforeTheTransfer() {
		refused(fixture.given(offered(), approvedBy(UZ)).when(confirm(UZ, SENT_SUM, ARRIVED)), RuleViolation.class,
				COPY_OF + "APPROVED; its receipt can be confirmed only once TRANSFERRED");
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void onlyTheReceiverConfirmsReceipt() {
		refused(fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(KZ, SENT_SUM, ARRIVED), as(LOADER)), RuleViolation.class,
				COPY_OF + "TRANSFERRED; only Uzbekistan, the receiver, confirms its receipt, not Kazakhstan");
	}

	@Test
	void copyCannotArriveBeforeItWasSent() {
		refused(fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(UZ, SENT_SUM, SENT.minusDays(1))), RuleViolation.class,
				COPY_OF + "TRANSFERRED; it was sent on 2026-02-10 and cannot have arrived earlier, on 2026-02-09");
	}

	@Test
	void receiptCannotBeDatedInTheFuture() {
		fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(UZ, SENT_SUM, TODAY.plusDays(3)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void receivedCopyIsFinal() {
		fixture
			.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1),
					new ArchiveCopyReceived(COPY, ARCHIVES, KZ, UZ, SENT_SUM, ARRIVED, null))
			.when(transfer(KZ, SENT_SUM, SENT))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(
					COPY_OF + "RECEIVED; it can be transferred only once APPROVED, or again after a CHECKSUM_MISMATCH")
			.expectNoEvents();
	}

	@Test
	void holderWithdrawsItsOfferBeforeTransfer() {
		fixture.given(offered())
			.when(new WithdrawArchiveCopy(COPY, ARCHIVES, KZ, "The original is being restored"))
			.expectEvents(new ArchiveCopyWithdrawn(COPY, ARCHIVES, KZ, UZ, KZ, ArchiveCopyState.OFFERED,
					"The original is being restored"))
			.expectResultMessagePayload(ArchiveCopyState.WITHDRAWN);
	}

	@Test
	void receiverWithdrawsItsRequestEvenWhenApproved() {
		fixture.given(requested(), approvedBy(KZ))
			.when(new WithdrawArchiveCopy(COPY, ARCHIVES, UZ, "Found a copy at home"))
			.expectEvents(new ArchiveCopyWithdrawn(COPY, ARCHIVES, KZ, UZ, UZ, ArchiveCopyState.APPROVED,
					"Found a copy at home"));
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void onlyThePartyThatStartedMayWithdraw() {
		refused(fixture.given(requested()).when(new WithdrawArchiveCopy(COPY, ARCHIVES, KZ, "No"), as(LOADER)),
				RuleViolation.class,
				COPY_OF + "REQUESTED; only Uzbekistan, the receiver, withdraws it (it started the exchange), not Kazakhstan");
	}

	@Test
	void nothingCanBeWithdrawnOnceTransferred() {
		refused(fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(new WithdrawArchiveCopy(COPY, ARCHIVES, KZ, "Changed our mind")), RuleViolation.class,
				COPY_OF + "TRANSFERRED; it can be withdrawn only before it is transferred");
	}

	@Test
	void receiverDeclinesAnOffer() {
		fixture.given(offered())
			.when(new DeclineArchiveCopy(COPY, ARCHIVES, UZ, "Already held"))
			.expectEvents(new ArchiveCopyDeclined(COPY, ARCHIVES, KZ, UZ, UZ, ArchiveCopyState.OFFERED, "Already held"))
			.expectResultMessagePayload(ArchiveCopyState.DECLINED);
	}

	@Test
	void holderDeclinesAnApprovedRequestWhileNothingWasSent() {
		fixture.given(requested(), approvedBy(KZ))
			.when(new DeclineArchiveCopy(COPY, ARCHIVES, KZ, "The original is too fragile to scan"))
			.expectEvents(new ArchiveCopyDeclined(COPY, ARCHIVES, KZ, UZ, KZ, ArchiveCopyState.APPROVED,
					"The original is too fragile to scan"));
	}

	/** The rule holds for the loader too; a liaison is refused before it, by access. */
	@Test
	void thePartyThatStartedCannotDecline() {
		refused(fixture.given(offered()).when(new DeclineArchiveCopy(COPY, ARCHIVES, KZ, "No"), as(LOADER)),
				RuleViolation.class,
				COPY_OF + "OFFERED; only Uzbekistan, the receiver, declines it (it was asked), not Kazakhstan");
	}

	@Test
	void declinedCopyIsFinal() {
		refused(fixture
			.given(offered(), new ArchiveCopyDeclined(COPY, ARCHIVES, KZ, UZ, UZ, ArchiveCopyState.OFFERED, "No"))
			.when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null)), RuleViolation.class,
				COPY_OF + "DECLINED; it can be approved only while OFFERED or REQUESTED");
	}

	@Test
	void copyAddressedUnderAnotherInitiativeIsNotFound() {
		fixture.given(offered())
			.when(new ApproveArchiveCopy(COPY, CALENDAR, UZ, null))
			.expectException(AggregateNotFoundException.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheHoldersLiaisonOffersItsMaterial() {
		refused(fixture.givenNoPriorActivity()
			.when(new OfferArchiveCopy(COPY, ARCHIVES, KZ, UZ, EPIC, null), as(liaisonOf(UZ))), AccessRefused.class,
				"only Kazakhstan's liaison may offer a copy of material Kazakhstan holds; "
						+ "'liaison-uz' is Uzbekistan's liaison");
	}

	@Test
	void onlyTheReceiversLiaisonRequestsACopy() {
		fixture.givenNoPriorActivity()
			.when(new RequestArchiveCopy(COPY, ARCHIVES, KZ, UZ, EPIC, null), as(liaisonOf(KZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void holdersLiaisonCannotApproveItsOwnOffer() {
		refused(fixture.given(offered()).when(new ApproveArchiveCopy(COPY, ARCHIVES, KZ, null), as(liaisonOf(KZ))),
				AccessRefused.class,
				"only Uzbekistan's liaison may approve the copy of 'Manuscript of an epic' "
						+ "(F. 12, inv. 1, file 7) from Kazakhstan to Uzbekistan (as its receiver); "
						+ "'liaison-kz' is Kazakhstan's liaison");
	}

	@Test
	void aLiaisonOutsideThePairCannotAct() {
		fixture.given(offered(), approvedBy(UZ))
			.when(transfer(KG, SENT_SUM, SENT), as(liaisonOf(KG)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	/** The country a body names never widens what the caller may do. */
	@Test
	void theRightLiaisonNamingAnotherCountryIsRefused() {
		refused(fixture.given(offered(), approvedBy(UZ)).when(transfer(UZ, SENT_SUM, SENT), as(liaisonOf(KZ))),
				AccessRefused.class,
				"only Uzbekistan's liaison may transfer a copy for Uzbekistan; 'liaison-kz' is Kazakhstan's liaison");
	}

	@Test
	void onlyTheReceiversLiaisonConfirmsReceiptAndOnlyTheStartersWithdraws() {
		fixture.given(offered(), approvedBy(UZ), transferred(SENT_SUM, 1))
			.when(confirm(KZ, SENT_SUM, ARRIVED), as(liaisonOf(KZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(requested())
			.when(new WithdrawArchiveCopy(COPY, ARCHIVES, KZ, "No"), as(liaisonOf(KZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(requested())
			.when(new DeclineArchiveCopy(COPY, ARCHIVES, UZ, "No"), as(liaisonOf(UZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void neitherTheSecretariatNorAnOfficialTakesAStep() {
		refused(fixture.given(offered()).when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null), as(SECRETARIAT)),
				AccessRefused.class, endsWith("; 'secretariat' is a SECRETARIAT"));
		fixture.given(offered())
			.when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null), as(OFFICIAL))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(offered()).when(new ApproveArchiveCopy(COPY, ARCHIVES, UZ, null)),
				AccessRefused.class,
				"only Uzbekistan's liaison may approve the copy of 'Manuscript of an epic' "
						+ "(F. 12, inv. 1, file 7) from Kazakhstan to Uzbekistan (as its receiver); "
						+ "the command names no caller");
	}

}
