package org.cooperation.tracker.query.programme.marketplace.web;

import org.cooperation.tracker.query.programme.marketplace.model.MarketplaceProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.ProgrammeRecordsTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.cooperation.tracker.query.JsonFields.fields;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DESIGNER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.FELT_MAKER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.JEWELLER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.MARKETPLACE;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.WEAVER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The marketplace over the query API: listings by country and craft, with counts. */
class MarketplaceQueryApiTest extends ProgrammeRecordsTestBase {

	static final String BASE = "/api/initiatives/" + MARKETPLACE + "/marketplace";

	@Autowired
	private MarketplaceProjection marketplace;

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
	}

	@Test
	void aListingCarriesItsVersionAsETagAndANewEventMovesIt() throws Exception {
		String path = BASE + "/listings/" + JEWELLER;
		assertNewEventMovesTheEtag(path, 2,
				() -> marketplace.on(ProgrammeFixtures.contactRecorded(JEWELLER, Country.TJ), "etag-m",
						Fixtures.recorded(3L, Fixtures.later(60), Fixtures.secretariat())));
	}

	@Test
	void listingsComeByCountryWithCountsByCountryCraftAndState() throws Exception {
		getOk(BASE + "/listings").andExpect(jsonPath("$.initiativeId").value(MARKETPLACE.toString()))
			.andExpect(jsonPath("$.title.en").value("Creative-industries marketplace"))
			.andExpect(jsonPath("$.country").value(nullValue()))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(fields("$.byCountry", "KZ", 1, "KG", 2, "TJ", 1))
			.andExpect(jsonPath("$.byCountry", not(hasKey("UZ"))))
			.andExpect(jsonPath("$.byCraft.WEAVER").value(1))
			.andExpect(fields("$.byState", "VERIFIED", 2, "LISTED", 1, "DELISTED", 1))
			.andExpect(jsonPath("$.byCountryAndCraft.KG.FELT_MAKER").value(1))
			.andExpect(jsonPath("$.byCountryAndCraft.KG.WEAVER").value(1))
			.andExpect(jsonPath("$.listings[*].listingId")
				.value(contains(DESIGNER.toString(), FELT_MAKER.toString(), WEAVER.toString(), JEWELLER.toString())))
			.andExpect(fields("$.listings[3]", "country", "TJ", "name", "Sample Jeweller TJ-1", "craft", "JEWELLER",
					"city", "Dushanbe"))
			.andExpect(jsonPath("$.listings[3].description.ru").value("Изделия ручной работы"))
			.andExpect(fields("$.listings[3]", "links", contains("https://example.org/sample-jeweller-tj-1"), "state",
					"VERIFIED", "contactOnFile", false, "contactErasedAt", at(32), "verifiedAt", at(31)))
			.andExpect(
					jsonPath("$.listings[3].history[*].step").value(contains("LISTED", "VERIFIED", "CONTACT_ERASED")))
			.andExpect(jsonPath("$.listings[0].delistReason").value("The studio closed"))
			.andExpect(jsonPath("$.listings[2].sample").value(true));
	}

	@Test
	void filtersNarrowTheListingsAndTheirCounts() throws Exception {
		mvc.perform(get(BASE + "/listings").param("country", "kg"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value("KG"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.byCountry.KG").value(2))
			.andExpect(jsonPath("$.byCountry", not(hasKey("TJ"))));
		mvc.perform(get(BASE + "/listings").param("craft", "weaver").param("country", "KG"))
			.andExpect(jsonPath("$.craft").value("WEAVER"))
			.andExpect(jsonPath("$.listings[*].listingId").value(contains(WEAVER.toString())));
		mvc.perform(get(BASE + "/listings").param("state", "Verified"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.byState", not(hasKey("LISTED"))));
		mvc.perform(get(BASE + "/listings").param("country", "UZ"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.listings", hasSize(0)));
	}

	@Test
	void noContactDetailsAreServedHere() throws Exception {
		getOk(BASE + "/listings/{id}", JEWELLER.toString())
			.andExpect(jsonPath("$.listingId").value(JEWELLER.toString()))
			.andExpect(jsonPath("$", not(hasKey("email"))))
			.andExpect(jsonPath("$", not(hasKey("phone"))))
			.andExpect(jsonPath("$", not(hasKey("contact"))))
			.andExpect(jsonPath("$.history[2].step").value("CONTACT_ERASED"))
			.andExpect(jsonPath("$.history[2].actorRole").value("SECRETARIAT"));
		problem(mvc.perform(get(BASE + "/listings/{id}/contact", JEWELLER.toString())), 404);
	}

	@Test
	void statusMatrixShowsListingsVerifiedPerCountry() throws Exception {
		getOk("/api/status-matrix").andExpect(jsonPath("$.rows[2].initiativeId").value(MARKETPLACE.toString()))
			.andExpect(jsonPath("$.rows[2].cells.TJ.figures[0].label").value("listing verified"))
			.andExpect(jsonPath("$.rows[2].cells.TJ.figures[0].value").value(1))
			.andExpect(jsonPath("$.rows[2].cells.KG.figures[0].value").value(1))
			.andExpect(jsonPath("$.rows[2].cells.KZ.figures[0].value").value(0))
			.andExpect(jsonPath("$.rows[2].cells.UZ.figures", hasSize(0)));
	}

	@Test
	void badFiltersAndUnknownThingsAreProblems() throws Exception {
		String unknown = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";
		problem(mvc.perform(get(BASE + "/listings").param("craft", "astronaut")), 400).andExpect(jsonPath("$.detail")
			.value(allOf(containsString("unknown craft 'astronaut'"), containsString("JEWELLER, WEAVER"))));
		problem(mvc.perform(get(BASE + "/listings").param("state", "GONE")), 400);
		problem(mvc.perform(get(BASE + "/listings").param("country", "RU")), 400);
		problem(mvc.perform(get(BASE + "/listings/{id}", unknown)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("has no creator listing with id " + unknown)));
		problem(mvc.perform(get("/api/initiatives/{id}/marketplace/listings", calendar())), 404)
			.andExpect(jsonPath("$.detail").value(containsString("is a CULTURAL_CALENDAR initiative")));
		problem(mvc.perform(get("/api/initiatives/{id}/marketplace/listings", unknown)), 404);
	}

	@Test
	void openApiDocumentsTheMarketplace() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/marketplace/listings")))
			.andExpect(jsonPath("$.paths", hasKey("/api/initiatives/{initiativeId}/marketplace/listings/{listingId}")));
	}

}
