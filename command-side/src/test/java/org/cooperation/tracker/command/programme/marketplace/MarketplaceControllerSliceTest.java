package org.cooperation.tracker.command.programme.marketplace;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MvcResult;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.command.web.SliceCallers;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@link MarketplaceController} in a slice: the checks of {@link CommandApiSliceTest} on
 * its writes, its own refusals that need no aggregate, and the one read it serves, the
 * contact details, with the listing's country and the contacts store mocked: who may read
 * them is decided from the stored listing.
 */
@CommandApiSlice(MarketplaceController.class)
class MarketplaceControllerSliceTest extends CommandApiSliceTest {

	static final UUID INITIATIVE = UUID.fromString("3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090");

	static final UUID LISTING = UUID.fromString("0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9");

	static final String LISTINGS = "/api/initiatives/" + INITIATIVE + "/marketplace/listings";

	static final String LISTING_BODY = """
			{"country":"UZ","name":"Woodcarver","craft":"WOODCARVER","city":"Khiva","contact":{"email":"w@example.org"}}""";

	@MockitoBean
	ListingCountries listingCountries;

	@MockitoBean
	CreatorContacts contacts;

	@Test
	void listingACreatorAnswers201WithItsLocation() {
		expectCreated(json("POST", LISTINGS, "liaison-uz", LISTING_BODY), LISTINGS + "/", "listingId",
				ListCreator.class);
	}

	@Test
	void aBadCraftAndAMissingCountryAreRefusedAs400() {
		expectProblem(json("POST", LISTINGS, "liaison-uz", LISTING_BODY.replace("WOODCARVER", "JUGGLER")), 400, null,
				"'JUGGLER' is not one of");
		expectProblem(json("POST", LISTINGS, "liaison-uz", LISTING_BODY.replace("\"country\":\"UZ\",", "")), 400,
				"Invalid request", "country is required");
	}

	@Test
	void theListingCountrysLiaisonReadsTheContactDetailsAndNothingIsCached() {
		listedFor(Country.UZ);
		given(contacts.find(new CreatorListingId(LISTING))).willReturn(
				Optional.of(new CreatorContacts.OnFile(new CreatorListingId(LISTING), new InitiativeId(INITIATIVE),
						new CreatorContact("w@example.org", null), Instant.parse("2026-01-10T09:00:00Z"))));
		MvcResult read = perform(
				get(LISTINGS + "/" + LISTING + "/contact").with(SliceCallers.signedInAs("liaison-uz")));
		assertThat(read.getResponse().getStatus()).isEqualTo(200);
		assertThat(contentOf(read)).contains("w@example.org");
		assertThat(read.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void anotherCountrysLiaisonIsRefusedAndAListingWithoutContactsIsA404() {
		listedFor(Country.UZ);
		expectProblem(get(LISTINGS + "/" + LISTING + "/contact").with(SliceCallers.signedInAs("liaison-kz")), 403,
				"Forbidden", "only the secretariat or Uzbekistan's liaison may read the contact details");
		expectProblem(get(LISTINGS + "/" + LISTING + "/contact").with(SliceCallers.signedInAs("secretariat")), 404,
				"Not found", "no contact details are on file for listing " + LISTING);
	}

	private void listedFor(Country country) {
		given(listingCountries.of(new CreatorListingId(LISTING), new InitiativeId(INITIATIVE)))
			.willReturn(Optional.of(country));
	}

}
