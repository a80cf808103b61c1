package org.cooperation.tracker.query.e2e;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data command, run as a user runs it (the packaged command side with
 * {@code --tracker.demo-data=load}), loads a sample archive exchange and marketplace that
 * the query side shows, every record marked as sample; a second load changes nothing.
 */
class DemoRecordsEndToEndIT extends EndToEndTest {

	static final String ARCHIVES = "7a5f0c1e-2025-4e14-8000-0000000001c3";

	static final String MARKETPLACE = "7a5f0c1e-2025-4e14-8000-0000000001c4";

	@Test
	void demoDataLoadsSampleCopiesAndListingsOnce() throws Exception {
		loadDemoData();

		JsonNode matrix = awaitQuery("/api/initiatives/" + ARCHIVES + "/archive-exchange/matrix",
				(m) -> m.get("totals").get(2).get("received").asInt() == 1);
		assertThat(matrix.get("rows").get(0).get("receivers").get("UZ").get("byState").get("RECEIVED").asInt())
			.as("KZ → UZ")
			.isEqualTo(1);
		JsonNode survey = awaitQuery("/api/initiatives/" + ARCHIVES + "/archive-exchange/pairs/UZ/KG",
				(l) -> l.get("copies").size() == 1);
		assertThat(survey.get("copies").get(0).get("steps").toString()).contains("CHECKSUM_MISMATCH");
		JsonNode waiting = awaitQuery("/api/initiatives/" + ARCHIVES + "/archive-exchange/waiting",
				(w) -> w.get("countries").size() == 5);
		assertThat(waiting.toString()).contains("CONFIRM_RECEIPT", "APPROVE", "TRANSFER");
		for (JsonNode country : waiting.get("countries")) {
			for (JsonNode item : country.get("items")) {
				assertThat(item.get("sample").asBoolean()).isTrue();
				assertThat(item.get("title").get("en").asText()).startsWith("SAMPLE");
			}
		}

		JsonNode listings = awaitQuery("/api/initiatives/" + MARKETPLACE + "/marketplace/listings",
				(l) -> l.get("total").asInt() == 7 && l.get("byState").has("DELISTED"));
		assertThat(listings.get("byState").get("VERIFIED").asInt()).isEqualTo(4);
		for (JsonNode listing : listings.get("listings")) {
			assertThat(listing.get("sample").asBoolean()).isTrue();
			assertThat(listing.get("name").asText()).startsWith("Sample ");
			assertThat(listing.get("links").get(0).asText()).startsWith("https://example.org/");
		}
		assertThat(listings.toString()).contains("CONTACT_ERASED");

		try (Connection connection = DATABASE.connect(); Statement statement = connection.createStatement()) {
			try (ResultSet emails = statement.executeQuery("SELECT email FROM creator_contact WHERE listing_id::text "
					+ "LIKE '7a5f0c1e-2025-4e14-8000-00000000b0%'")) {
				int count = 0;
				while (emails.next()) {
					assertThat(emails.getString(1)).startsWith("sample-").endsWith("@example.org");
					count++;
				}
				assertThat(count).as("two sample contacts kept, one erased").isEqualTo(2);
			}
		}

		long events = storedEvents();
		loadDemoData();
		assertThat(storedEvents()).as("a second load changes nothing").isEqualTo(events);
	}

	private static long storedEvents() throws Exception {
		try (Connection connection = DATABASE.connect();
				Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
			count.next();
			return count.getLong(1);
		}
	}

}
