package org.cooperation.tracker.query.e2e;

import java.sql.Connection;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.testing.TableScan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace end to end, with the erasure promise checked across both applications'
 * tables in the one shared database: a creator's contact details sit only in the command
 * side's contact table, and after erasure nowhere, while the listing and its events stay
 * and the query side shows that an erasure happened.
 */
class MarketplaceEndToEndIT extends EndToEndTest {

	@Test
	void liaisonListsSecretariatVerifiesCreatorIsErasedAndOfficialsSeeIt() throws Exception {
		String[] ids = recordProtocol().split("/");
		String initiative = propose(ids[0], ids[1], "CREATIVE_MARKETPLACE", "Creative-industries marketplace", "KZ",
				"UZ", "KG", "TJ", "TM");
		String base = "/api/initiatives/" + initiative + "/marketplace/listings";
		String email = "e2e-" + UUID.randomUUID() + "@example.org";
		String phone = "+000 55 " + (100000 + (int) (Math.random() * 899999));

		Answer listed = sendAs("liaison-tj", "POST", command(base), """
				{"country":"tj","name":"Sample Jeweller TJ-7","craft":"jeweller","city":"Dushanbe",
				 "description":{"en":"Silver jewellery"},"links":["https://example.org/sample-jeweller-tj-7"],
				 "contact":{"email":"%s","phone":"%s"}}""".formatted(email, phone));
		assertThat(listed.status()).isEqualTo(201);
		String listing = listed.body().get("listingId").asText();
		assertThat(listed.location()).isEqualTo(base + "/" + listing);
		sendAs("liaison-kg", "POST", command(base), """
				{"country":"KG","name":"Sample Felt Maker KG-7","craft":"FELT_MAKER","city":"Bishkek"}""");

		JsonNode shown = awaitQuery(listed.location(), (l) -> l.get("contactOnFile").asBoolean());
		assertThat(shown.toString()).doesNotContain(email).doesNotContain(phone);

		assertThat(send("POST", command(base + "/" + listing + "/verify"), null).status()).isEqualTo(200);
		Answer again = send("POST", command(base + "/" + listing + "/verify"), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.body().get("detail").asText()).contains("is VERIFIED; it cannot be verified again");

		Answer contact = send("GET", command(base + "/" + listing + "/contact"), null);
		Answer notForOfficials = sendAs("official", "GET", command(base + "/" + listing + "/contact"), null);
		assertThat(notForOfficials.status()).as("contact details are not for every reader").isEqualTo(403);
		assertThat(notForOfficials.contentType()).startsWith("application/problem+json");
		assertThat(contact.status()).isEqualTo(200);
		assertThat(contact.body().get("email").asText()).isEqualTo(email);
		assertThat(send("GET", query(base + "/" + listing + "/contact"), null).status())
			.as("the query side never serves contact details")
			.isEqualTo(404);

		JsonNode listings = awaitQuery(base + "?country=TJ&craft=JEWELLER",
				(l) -> l.get("byState").has("VERIFIED") && l.get("total").asInt() == 1);
		assertThat(listings.get("byCountryAndCraft").get("TJ").get("JEWELLER").asInt()).isEqualTo(1);
		try (Connection connection = DATABASE.connect()) {
			assertThat(TableScan.columnsContaining(connection, email)).containsExactly("creator_contact.email");
			assertThat(TableScan.columnsContaining(connection, phone)).containsExactly("creator_contact.phone");
		}

		assertThat(send("DELETE", command(base + "/" + listing + "/contact"), null).status()).isEqualTo(204);
		JsonNode erased = awaitQuery(listed.location(), (l) -> !l.get("contactOnFile").asBoolean());
		assertThat(erased.get("contactErasedAt").isNull()).isFalse();
		assertThat(erased.get("state").asText()).as("the listing stays").isEqualTo("VERIFIED");
		JsonNode history = erased.get("history");
		assertThat(history.get(history.size() - 1).get("step").asText()).isEqualTo("CONTACT_ERASED");
		try (Connection connection = DATABASE.connect()) {
			assertThat(TableScan.columnCount(connection)).as("both sides' tables are scanned").isGreaterThan(100);
			assertThat(TableScan.columnsContaining(connection, email)).isEmpty();
			assertThat(TableScan.columnsContaining(connection, phone)).isEmpty();
		}
		Answer gone = send("GET", command(base + "/" + listing + "/contact"), null);
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.contentType()).startsWith("application/problem+json");

		JsonNode row = awaitStatusMatrixRow(initiative);
		assertThat(row.get("cells").get("TJ").get("figures").get(0).get("label").asText())
			.isEqualTo("listing verified");
		assertThat(row.get("cells").get("TJ").get("figures").get(0).get("value").asInt()).isEqualTo(1);
		assertThat(row.get("cells").get("KG").get("figures").get(0).get("value").asInt()).isZero();
		Answer page = send("GET", query("/initiatives/" + initiative + "/marketplace"), null);
		assertThat(page.status()).isEqualTo(200);
	}

}
