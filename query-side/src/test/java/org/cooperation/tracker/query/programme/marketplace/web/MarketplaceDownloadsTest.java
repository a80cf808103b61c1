package org.cooperation.tracker.query.programme.marketplace.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.ProgrammeRecordsTestBase;
import org.cooperation.tracker.query.programme.marketplace.model.MarketplaceProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.CsvAnswers.csv;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DESIGNER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.JEWELLER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.MARKETPLACE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The marketplace's listings as CSV, beside their JSON list; no contact details in
 * either, least of all a creator's whose were erased.
 */
class MarketplaceDownloadsTest extends ProgrammeRecordsTestBase {

	static final String BASE = "/api/initiatives/{id}/marketplace";

	static final CreatorListingId POTTER = new CreatorListingId(
			UUID.fromString("6f7a8b9c-0d1e-4f2a-9b3c-000000000009"));

	static final String FORMULA = "=HYPERLINK(\"https://example.org/x\",\"click\")";

	/** What an e-mail address would look like in either answer. */
	static final Pattern EMAIL = Pattern.compile("[^\\s@\",]+@[^\\s@\",]+\\.[a-z]{2,}");

	@Autowired
	private MarketplaceProjection marketplace;

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
		// A creator whose contact details the command side kept and then erased on
		// request.
		project(() -> {
			marketplace.on(
					new CreatorListed(POTTER, MARKETPLACE, Country.KZ, FORMULA, Craft.CERAMICIST, "Turkistan", null,
							List.of(EvidenceLink.of("https://example.org/potter")), true),
					"m-9", Fixtures.recorded(0L, later(40), Fixtures.liaison(Country.KZ, "c-29")));
			marketplace.on(ProgrammeFixtures.contactRecorded(POTTER, Country.KZ), "m-10",
					Fixtures.recorded(1L, later(41), Fixtures.liaison(Country.KZ, "c-30")));
			marketplace.on(ProgrammeFixtures.contactErased(POTTER, Country.KZ), "m-11",
					Fixtures.recorded(2L, later(42), Fixtures.secretariat()));
		});
	}

	@Test
	void everyListingIsALineAsTheUnfilteredJsonListHasThem() throws Exception {
		CsvFile listings = csv(mvc, "marketplace-listings-" + MARKETPLACE, BASE + "/listings.csv",
				MARKETPLACE.toString());
		assertThat(listings.header()).containsExactly("listing_id", "country", "name", "craft", "city",
				"description_kk", "description_ru", "description_en", "links", "state", "contact_on_file",
				"contact_erased_at", "listed_at", "verified_at", "delisted_at", "delist_reason", "sample");
		getOk(BASE + "/listings", MARKETPLACE.toString())
			.andExpect(jsonPath("$.listings[*].listingId").value(contains(listings.column("listing_id").toArray())));
		assertThat(listings.rows()).hasSize(5);
		assertThat(listings.row("listing_id", JEWELLER.toString()).toMap()).containsEntry("country", "TJ")
			.containsEntry("name", "Sample Jeweller TJ-1")
			.containsEntry("craft", "JEWELLER")
			.containsEntry("description_ru", "Изделия ручной работы")
			.containsEntry("links", "https://example.org/sample-jeweller-tj-1")
			.containsEntry("state", "VERIFIED")
			.containsEntry("contact_on_file", "false")
			.containsEntry("contact_erased_at", at(32))
			.containsEntry("verified_at", at(31));
		assertThat(listings.row("listing_id", DESIGNER.toString()).toMap()).containsEntry("state", "DELISTED")
			.containsEntry("delist_reason", "The studio closed");
	}

	@Test
	void anErasedCreatorsContactDetailsAreInNeitherTheCsvNorTheJson() throws Exception {
		CsvFile listings = csv(mvc, "marketplace-listings-" + MARKETPLACE, BASE + "/listings.csv",
				MARKETPLACE.toString());
		assertThat(listings.header())
			.noneMatch((column) -> column.contains("email") || column.contains("phone") || (column.startsWith("contact")
					&& !column.equals("contact_on_file") && !column.equals("contact_erased_at")));
		assertThat(listings.row("listing_id", POTTER.toString()).toMap()).containsEntry("contact_on_file", "false")
			.containsEntry("contact_erased_at", at(42));
		assertThat(EMAIL.matcher(listings.text()).find()).as(listings.text()).isFalse();
		String json = getOk(BASE + "/listings", MARKETPLACE.toString()).andReturn().getResponse().getContentAsString();
		assertThat(EMAIL.matcher(json).find()).as(json).isFalse();
		assertThat(json).doesNotContainIgnoringCase("email").doesNotContainIgnoringCase("phone");
		getOk(BASE + "/listings/{id}", MARKETPLACE.toString(), POTTER.toString())
			.andExpect(jsonPath("$.contactOnFile").value(false))
			.andExpect(jsonPath("$.contactErasedAt").value(at(42)))
			.andExpect(jsonPath("$.history[*].step").value(contains("LISTED", "CONTACT_RECORDED", "CONTACT_ERASED")));
	}

	@Test
	void aNameThatWouldRunAsAFormulaIsPlainText() throws Exception {
		CsvFile listings = csv(mvc, "marketplace-listings-" + MARKETPLACE, BASE + "/listings.csv",
				MARKETPLACE.toString());
		assertThat(listings.row("listing_id", POTTER.toString()).get("name")).isEqualTo("'" + FORMULA);
	}

	@Test
	void thePageLinksToTheFileAndServesIt() throws Exception {
		getOk("/initiatives/{id}/marketplace", MARKETPLACE.toString()).andExpect(
				content().string(containsString("href=\"/initiatives/" + MARKETPLACE + "/marketplace/listings.csv\"")));
		csv(mvc, "marketplace-listings-" + MARKETPLACE, "/initiatives/{id}/marketplace/listings.csv",
				MARKETPLACE.toString());
	}

	@Test
	void anUnknownInitiativeOrOneOfAnotherKindIsAProblem() throws Exception {
		problem(mvc.perform(get(BASE + "/listings.csv", "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c")), 404);
		problem(mvc.perform(get(BASE + "/listings.csv", calendar())), 404);
	}

}
