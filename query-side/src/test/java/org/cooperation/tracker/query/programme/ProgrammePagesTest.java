package org.cooperation.tracker.query.programme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.cooperation.tracker.query.programme.ProgrammeFixtures.ARCHIVES;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.MARKETPLACE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The archive-exchange and marketplace pages render their read models, self-contained.
 */
class ProgrammePagesTest extends ProgrammeRecordsTestBase {

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
	}

	@Test
	void initiativePageLinksToItsKindsPage() throws Exception {
		assertInitiativePageLinksTo(ARCHIVES, "archive-exchange");
		assertInitiativePageLinksTo(MARKETPLACE, "marketplace");
		mvc.perform(get("/initiatives/{id}", calendar()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content()
				.string(allOf(not(containsString("/archive-exchange\"")), not(containsString("/marketplace\"")))));
	}

	@Test
	void statusMatrixCellsShowTheKindsFigures() throws Exception {
		getOkIn("en", "/status-matrix").andExpect(content().string(allOf(containsString("copies received"),
				containsString("copies delivered"), containsString("listings verified"))));
	}

	@Test
	void archiveExchangePageShowsTheMatrixTotalsAndWhatWaits() throws Exception {
		mvc.perform(
				get("/initiatives/{id}/archive-exchange", ARCHIVES.toString()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(allOf(containsString("Exchange matrix"), containsString("<caption>"),
					containsString("scope=\"row\""), containsString("Holder ↓ · Receiver →"))))
			.andExpect(content().string(
					containsString("href=\"/initiatives/" + ARCHIVES + "/archive-exchange/pairs/kz/uz\">1 copy</a>")))
			.andExpect(content().string(allOf(containsString("copy-received"), containsString(">Received<"),
					containsString(">Declined<"), containsString("same country"))))
			.andExpect(content().string(allOf(containsString("What waits on each country"),
					containsString("Approve or decline"), containsString(">Transfer<"),
					containsString("Collected poems"), containsString("Nothing waits on this country."))))
			.andExpect(content().string(allOf(containsString("href=\"/css/archive-marketplace.css\""),
					not(containsString("<script")), not(containsString("src=\"http")))));
	}

	@Test
	void pairPageShowsEachCopysStepsWithTheMismatch() throws Exception {
		getOkIn("en", "/initiatives/{id}/archive-exchange/pairs/KZ/uz", ARCHIVES.toString())
			.andExpect(content().string(allOf(containsString("Copies from <span>Kazakhstan</span>"),
					containsString("Theatre letters"), containsString("F. 5, inv. 1, file 12"),
					containsString("mismatch, not accepted"), containsString("The drive arrived cracked"),
					containsString("Physical media, transfer 1"), containsString("liaison-uz"))));
		getOkIn("en", "/initiatives/{id}/archive-exchange/pairs/tj/tm", ARCHIVES.toString())
			.andExpect(content().string(containsString("No copy has been offered or requested")));
	}

	@Test
	void marketplacePageShowsCountsListingsAndNoContactDetails() throws Exception {
		getOkIn("en", "/initiatives/{id}/marketplace", MARKETPLACE.toString())
			.andExpect(content().string(allOf(containsString("4 listings shown, by country and craft"),
					containsString("Sample Jeweller TJ-1"), containsString("Felt maker"),
					containsString("The studio closed"), containsString("erased"), containsString(">sample<"),
					containsString("href=\"https://example.org/sample-jeweller-tj-1\""),
					containsString("<form class=\"filter\" method=\"get\""))))
			.andExpect(content().string(not(containsString("@example.org<"))));
		mvc.perform(
				get("/initiatives/{id}/marketplace", MARKETPLACE.toString()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.param("craft", "WEAVER")
					.param("country", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sample Weaver KG-2"),
					not(containsString("Sample Jeweller TJ-1")), containsString("value=\"WEAVER\" selected"))));
	}

	@Test
	void pagesAnswerMistakesWithAnErrorPage() throws Exception {
		mvc.perform(get("/initiatives/{id}/archive-exchange", calendar()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("is a CULTURAL_CALENDAR initiative")));
		mvc.perform(
				get("/initiatives/{id}/marketplace", MARKETPLACE.toString()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.param("craft", "astronaut")
					.accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("unknown craft")));
		mvc.perform(
				get("/initiatives/{id}/archive-exchange/pairs/kz/kz", ARCHIVES.toString()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

}
