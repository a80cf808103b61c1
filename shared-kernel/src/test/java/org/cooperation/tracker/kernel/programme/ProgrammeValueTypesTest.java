package org.cooperation.tracker.kernel.programme;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeValueTypesTest {

	static final ArchiveMaterial MATERIAL = new ArchiveMaterial(MaterialType.DOCUMENTARY,
			LocalizedText.english("Letters"), "F. 1, inv. 2, file 3", null);

	@Test
	void checksumIsKeptInLowerCase() {
		String digest = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
		assertThat(new Sha256(" " + digest + " ").hex()).isEqualTo(digest.toLowerCase());
		assertThat(new Sha256(digest)).isEqualTo(Sha256.of(new byte[0]));
	}

	@Test
	void checksumMustBe64HexadecimalCharacters() {
		assertThatThrownBy(() -> new Sha256("abc")).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("a SHA-256 is 64 hexadecimal characters");
		assertThatThrownBy(() -> new Sha256("g".repeat(64))).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new Sha256("a".repeat(65))).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new Sha256("a".repeat(5000))).isInstanceOf(InvalidValueException.class)
			.hasMessageEndingWith("is 5000 characters long");
	}

	@Test
	void holderAndReceiverAreDifferentCountries() {
		assertThatThrownBy(() -> new OfferArchiveCopy(ArchiveCopyId.random(), InitiativeId.random(), Country.KZ,
				Country.KZ, MATERIAL, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("holder and receiver must be different countries, not both KZ");
	}

	@Test
	void materialNeedsATypeATitleOfALineAndAShelfMark() {
		assertThatThrownBy(() -> new ArchiveMaterial(null, LocalizedText.english("X"), "F. 1", null))
			.hasMessage("materialType is required");
		assertThatThrownBy(() -> new ArchiveMaterial(MaterialType.LITERARY, LocalizedText.english("X"), " ", null))
			.hasMessage("reference is required and may not be blank");
		assertThatThrownBy(
				() -> new ArchiveMaterial(MaterialType.LITERARY, LocalizedText.english("x".repeat(301)), "F. 1", null))
			.hasMessage("title is longer than 300 characters");
		assertThat(MATERIAL.label()).isEqualTo("'Letters' (F. 1, inv. 2, file 3)");
	}

	@Test
	void eachOpenStateAwaitsOneParty() {
		assertThat(ArchiveCopyState.OFFERED.awaitedParty()).isEqualTo(ExchangeParty.RECEIVER);
		assertThat(ArchiveCopyState.REQUESTED.awaitedParty()).isEqualTo(ExchangeParty.HOLDER);
		assertThat(ArchiveCopyState.CHECKSUM_MISMATCH.nextStep()).isEqualTo(ArchiveCopyStep.TRANSFER);
		assertThat(ArchiveCopyState.TRANSFERRED.nextStep()).isEqualTo(ArchiveCopyStep.CONFIRM_RECEIPT);
		assertThat(ArchiveCopyState.RECEIVED.isFinal()).isTrue();
		assertThat(ArchiveCopyState.DECLINED.awaitedParty()).isNull();
	}

	@Test
	void contactNeedsAnEmailOrAPhoneAndNeverShowsThemInText() {
		CreatorContact contact = new CreatorContact(" maker@example.org ", null);
		assertThat(contact.email()).isEqualTo("maker@example.org");
		assertThat(contact.toString()).doesNotContain("maker").contains("<hidden>");
		assertThat(new CreatorContact(null, "+992 (37) 000-00-00").phone()).isEqualTo("+992 (37) 000-00-00");
		assertThatThrownBy(() -> new CreatorContact(" ", null))
			.hasMessage("contact details need an email or a phone number");
	}

	@Test
	void badContactValuesAreRefusedWithoutRepeatingThem() {
		assertThatThrownBy(() -> new CreatorContact("not-an-address", null)).isInstanceOf(InvalidValueException.class)
			.message()
			.doesNotContain("not-an-address");
		assertThatThrownBy(() -> new CreatorContact("a@b", null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new CreatorContact(null, "call me")).isInstanceOf(InvalidValueException.class)
			.message()
			.doesNotContain("call me");
		assertThatThrownBy(() -> new CreatorContact(null, "+12")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new CreatorContact("a".repeat(250) + "@example.org", null))
			.hasMessage("email is longer than 254 characters");
	}

	@Test
	void listingNeedsANameACityAndAtMostTenLinks() {
		List<EvidenceLink> eleven = Collections.nCopies(11, EvidenceLink.of("https://example.org/x"));
		CreatorListingId id = new CreatorListingId(UUID.randomUUID());
		assertThatThrownBy(() -> new ListCreator(id, InitiativeId.random(), Country.KG, "Maker", Craft.FELT_MAKER,
				"Bishkek", null, eleven, null))
			.hasMessage("at most 10 links, not 11");
		assertThatThrownBy(() -> new ListCreator(id, InitiativeId.random(), Country.KG, " ", Craft.FELT_MAKER,
				"Bishkek", null, List.of(), null))
			.hasMessage("name is required and may not be blank");
		assertThatThrownBy(() -> new ListCreator(id, InitiativeId.random(), Country.KG, "Maker", null, "Bishkek", null,
				List.of(), null))
			.hasMessage("craft is required");
	}

}
