package org.cooperation.tracker.query.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
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
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorDelisted;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.Fixtures;

import static org.cooperation.tracker.kernel.country.Country.AZ;
import static org.cooperation.tracker.kernel.country.Country.KZ;
import static org.cooperation.tracker.kernel.country.Country.UZ;

/**
 * Archive-exchange and marketplace events with fixed ids. The archive copies belong to
 * {@link Fixtures#ARCHIVE_EXCHANGE} (KZ, UZ and AZ participate).
 */
public final class ProgrammeFixtures {

	public static final InitiativeId ARCHIVES = Fixtures.ARCHIVE_EXCHANGE;

	public static final InitiativeId MARKETPLACE = new InitiativeId(
			UUID.fromString("ac3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e83"));

	/** KZ → UZ: offered, approved, transferred, mismatch, transferred again, received. */
	public static final ArchiveCopyId LETTERS = copy("c0b1");

	/** UZ → KZ: requested by Kazakhstan, waiting on Uzbekistan's approval. */
	public static final ArchiveCopyId SURVEY = copy("c0b2");

	/** KZ → AZ: offered and approved, waiting on Kazakhstan's transfer. */
	public static final ArchiveCopyId POEMS = copy("c0b3");

	/** AZ → KZ: offered, declined by Kazakhstan. */
	public static final ArchiveCopyId PRESS = copy("c0b4");

	public static final Sha256 SENT = Sha256.of("letters as sent".getBytes());

	public static final Sha256 DAMAGED = Sha256.of("letters as they arrived".getBytes());

	public static final Sha256 RESENT = Sha256.of("letters sent again".getBytes());

	public static final CreatorListingId JEWELLER = listing("01");

	public static final CreatorListingId FELT_MAKER = listing("02");

	public static final CreatorListingId WEAVER = listing("03");

	public static final CreatorListingId DESIGNER = listing("04");

	private ProgrammeFixtures() {
	}

	static ArchiveCopyId copy(String suffix) {
		return new ArchiveCopyId(UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-00000000" + suffix));
	}

	static CreatorListingId listing(String suffix) {
		return new CreatorListingId(UUID.fromString("6f7a8b9c-0d1e-4f2a-9b3c-0000000000" + suffix));
	}

	public static ArchiveMaterial material(String title, MaterialType type, String reference) {
		return new ArchiveMaterial(type, new LocalizedText(null, null, title), reference,
				LocalizedText.english("Sheets of " + title.toLowerCase()));
	}

	public static ArchiveCopyOffered lettersOffered() {
		return new ArchiveCopyOffered(LETTERS, ARCHIVES, KZ, UZ,
				material("Theatre letters", MaterialType.DOCUMENTARY, "F. 5, inv. 1, file 12"), "For the museum");
	}

	public static ArchiveCopyApproved lettersApproved() {
		return new ArchiveCopyApproved(LETTERS, ARCHIVES, KZ, UZ, UZ, null);
	}

	public static ArchiveCopyTransferred lettersTransferred(Sha256 checksum, int attempt, LocalDate on) {
		return new ArchiveCopyTransferred(LETTERS, ARCHIVES, KZ, UZ, checksum,
				(attempt == 1) ? TransferMedium.PHYSICAL_MEDIA : TransferMedium.DIGITAL_TRANSFER, on, attempt, null);
	}

	public static ArchiveCopyChecksumMismatchRecorded lettersMismatched() {
		return new ArchiveCopyChecksumMismatchRecorded(LETTERS, ARCHIVES, KZ, UZ, SENT, DAMAGED,
				LocalDate.of(2026, 1, 12), "The drive arrived cracked");
	}

	public static ArchiveCopyReceived lettersReceived() {
		return new ArchiveCopyReceived(LETTERS, ARCHIVES, KZ, UZ, RESENT, LocalDate.of(2026, 1, 21), null);
	}

	public static ArchiveCopyRequested surveyRequested() {
		return new ArchiveCopyRequested(SURVEY, ARCHIVES, UZ, KZ,
				material("Glacier survey", MaterialType.SCIENTIFIC, "F. 9, inv. 3, file 1"), null);
	}

	public static ArchiveCopyOffered poemsOffered() {
		return new ArchiveCopyOffered(POEMS, ARCHIVES, KZ, AZ,
				material("Collected poems", MaterialType.LITERARY, "F. 2, inv. 7, file 40"), null);
	}

	public static ArchiveCopyApproved poemsApproved() {
		return new ArchiveCopyApproved(POEMS, ARCHIVES, KZ, AZ, AZ, null);
	}

	public static ArchiveCopyOffered pressOffered() {
		return new ArchiveCopyOffered(PRESS, ARCHIVES, AZ, KZ,
				material("Press cuttings", MaterialType.DOCUMENTARY, "F. 1, inv. 1, file 1"), null);
	}

	public static ArchiveCopyDeclined pressDeclined() {
		return new ArchiveCopyDeclined(PRESS, ARCHIVES, AZ, KZ, KZ, ArchiveCopyState.OFFERED, "Held already");
	}

	public static ArchiveCopyWithdrawn surveyWithdrawn() {
		return new ArchiveCopyWithdrawn(SURVEY, ARCHIVES, UZ, KZ, KZ, ArchiveCopyState.REQUESTED, "Found at home");
	}

	public static InitiativeProposed marketplaceProposed() {
		return new InitiativeProposed(MARKETPLACE, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
				InitiativeKind.CREATIVE_MARKETPLACE, LocalizedText.english("Creative-industries marketplace"), null,
				Country.KZ, Fixtures.MEMBERS);
	}

	public static CreatorListed listed(CreatorListingId id, Country country, String name, Craft craft, String city,
			boolean contactOnFile) {
		return new CreatorListed(id, MARKETPLACE, country, name, craft, city,
				new LocalizedText(null, "Изделия ручной работы", "Handmade work"),
				List.of(EvidenceLink.of("https://example.org/" + name.toLowerCase().replace(' ', '-'))), contactOnFile);
	}

	public static CreatorListingVerified verified(CreatorListingId id, Country country) {
		return new CreatorListingVerified(id, MARKETPLACE, country);
	}

	public static CreatorDelisted delisted(CreatorListingId id, Country country, ListingState from) {
		return new CreatorDelisted(id, MARKETPLACE, country, from, "The studio closed");
	}

	public static CreatorContactRecorded contactRecorded(CreatorListingId id, Country country) {
		return new CreatorContactRecorded(id, MARKETPLACE, country);
	}

	public static CreatorContactErased contactErased(CreatorListingId id, Country country) {
		return new CreatorContactErased(id, MARKETPLACE, country);
	}

}
