package org.cooperation.tracker.query.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive exchange end to end: liaisons offer, request, approve, transfer and confirm
 * copies on the command side; the matrix, a pair's ledger, what waits on each country and
 * the status matrix show it on the query side.
 */
class ArchiveExchangeEndToEndIT extends EndToEndTest {

	static final String SENT = Sha256.of("a copy of the theatre letters".getBytes()).hex();

	static final String DAMAGED = Sha256.of("what a cracked drive delivered".getBytes()).hex();

	@Test
	void copyTravelsThroughAMismatchToConfirmedReceiptAndOfficialsSeeIt() throws Exception {
		String[] ids = recordProtocol().split("/");
		String initiative = propose(ids[0], ids[1], "ARCHIVE_EXCHANGE", "Exchange of archival copies", "KZ", "UZ", "KG",
				"TJ", "TM");
		String base = "/api/initiatives/" + initiative + "/archive-exchange";

		Answer offered = sendAs("liaison-kz", "POST", command(base + "/offers"), """
				{"holder":"KZ","receiver":"uz","materialType":"DOCUMENTARY",
				 "title":{"kk":"Театр хаттары","en":"Letters of a regional theatre"},
				 "reference":"F. 5, inv. 1, file 12","description":{"en":"84 sheets, 1930s"}}""");
		assertThat(offered.status()).isEqualTo(201);
		String copy = offered.body().get("copyId").asText();
		assertThat(offered.location()).isEqualTo(base + "/copies/" + copy);
		JsonNode visible = awaitQuery(offered.location(), (c) -> c.get("state").asText().equals("OFFERED"));
		assertThat(visible.get("waitingOn").asText()).isEqualTo("UZ");

		assertThat(sendAs("liaison-uz", "POST", command(base + "/copies/" + copy + "/approve"), "{\"country\":\"UZ\"}")
			.status()).isEqualTo(200);
		assertThat(
				sendAs("liaison-kz", "POST", command(base + "/copies/" + copy + "/transfer"),
						"{\"country\":\"KZ\",\"checksum\":\"" + SENT
								+ "\",\"medium\":\"PHYSICAL_MEDIA\",\"sentOn\":\"2026-01-10\"}")
					.status())
			.isEqualTo(200);
		Answer mismatch = sendAs("liaison-uz", "POST", command(base + "/copies/" + copy + "/confirm-receipt"),
				"{\"country\":\"UZ\",\"checksum\":\"" + DAMAGED + "\",\"receivedOn\":\"2026-01-12\","
						+ "\"note\":\"The drive arrived cracked\"}");
		assertThat(mismatch.status()).isEqualTo(200);
		assertThat(mismatch.body().get("state").asText()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(
				sendAs("liaison-kz", "POST", command(base + "/copies/" + copy + "/transfer"),
						"{\"country\":\"KZ\",\"checksum\":\"" + SENT
								+ "\",\"medium\":\"DIGITAL_TRANSFER\",\"sentOn\":\"2026-01-20\"}")
					.status())
			.isEqualTo(200);
		Answer received = sendAs("liaison-uz", "POST", command(base + "/copies/" + copy + "/confirm-receipt"),
				"{\"country\":\"UZ\",\"checksum\":\"" + SENT.toUpperCase() + "\",\"receivedOn\":\"2026-01-21\"}");
		assertThat(received.body().get("state").asText()).isEqualTo("RECEIVED");

		Answer requested = sendAs("liaison-tj", "POST", command(base + "/requests"), """
				{"holder":"KG","receiver":"TJ","materialType":"SCIENTIFIC","title":{"en":"Glacier survey notebooks"},
				 "reference":"F. 9, inv. 3, file 1"}""");
		assertThat(requested.status()).isEqualTo(201);
		Answer refused = sendAs("liaison-tj", "POST",
				command(base + "/copies/" + requested.body().get("copyId").asText() + "/approve"),
				"{\"country\":\"TJ\"}");
		assertThat(refused.status()).as("the party that asked cannot approve its own request").isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("detail").asText()).contains("only Kyrgyzstan's liaison may approve the copy")
			.contains("'liaison-tj' is Tajikistan's liaison");

		JsonNode ledger = awaitQuery(base + "/pairs/kz/uz",
				(l) -> l.get("copies").size() == 1 && l.get("copies").get(0).get("state").asText().equals("RECEIVED"));
		JsonNode steps = ledger.get("copies").get(0).get("steps");
		assertThat(steps).hasSize(6);
		assertThat(steps.get(3).get("state").asText()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(steps.get(3).get("computedChecksum").asText()).isEqualTo(DAMAGED);
		assertThat(steps.get(3).get("remark").asText()).isEqualTo("The drive arrived cracked");
		assertThat(steps.get(5).get("checksum").asText()).isEqualTo(SENT);

		JsonNode matrix = awaitQuery(base + "/matrix",
				(m) -> m.get("rows").get(2).get("receivers").get("TJ").get("total").asInt() == 1);
		assertThat(matrix.get("rows").get(0).get("receivers").get("UZ").get("byState").get("RECEIVED").asInt())
			.isEqualTo(1);
		assertThat(matrix.get("rows").get(2).get("receivers").get("TJ").get("byState").get("REQUESTED").asInt())
			.isEqualTo(1);

		JsonNode waiting = awaitQuery(base + "/waiting?country=KG", (w) -> w.get("countries").size() == 1);
		assertThat(waiting.get("countries").get(0).get("items").get(0).get("nextStep").asText()).isEqualTo("APPROVE");

		JsonNode row = awaitStatusMatrixRow(initiative);
		assertThat(row.get("cells").get("UZ").get("figures").get(0).get("label").asText()).isEqualTo("copy received");
		assertThat(row.get("cells").get("UZ").get("figures").get(0).get("value").asInt()).isEqualTo(1);
		assertThat(row.get("cells").get("KZ").get("figures").get(1).get("value").asInt()).isEqualTo(1);

		Answer page = send("GET", query("/initiatives/" + initiative + "/archive-exchange"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
	}

}
