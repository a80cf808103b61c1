package org.cooperation.tracker.query.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cultural Tour's main flow over HTTP through both running applications: a liaison
 * registers an archival film and digitises it, the secretariat opens the 2026 edition, a
 * screening that names the film is refused until it is digitised, then planned, confirmed
 * and held; an official reads the programme by host country, the digitisation counts, the
 * matrix figures and the page.
 */
class CulturalTourEndToEndIT extends EndToEndTest {

	@Test
	void aDigitisedFilmIsScreenedOnATourLegAndOfficialsSeeIt() throws Exception {
		String[] ids = recordProtocol().split("/");
		String tour = propose(ids[0], ids[1], "CULTURAL_TOUR_PLATFORM", "Central Asia Cultural Tour", "KZ", "UZ", "KG",
				"TJ", "TM", "AZ");
		String calendar = proposeCalendar(ids[0], ids[1]);
		String records = "/api/initiatives/" + tour + "/cultural-tour";

		Answer film = sendAs("liaison-kz", "POST", command(records + "/films"),
				"{\"holder\":\"kz\",\"title\":{\"en\":\"Sample archival film KZ-1\"},\"year\":1957,\"rightsCleared\":true}");
		assertThat(film.status()).isEqualTo(201);
		String filmId = film.body().get("filmId").asText();
		for (String step : new String[] { "QUEUED", "SCANNING" }) {
			assertThat(sendAs("liaison-kz", "PUT", command(records + "/films/" + filmId + "/digitisation"),
					"{\"state\":\"" + step + "\",\"on\":\"2025-12-01\"}")
				.status()).isEqualTo(200);
		}
		Answer opened = send("POST", command(records + "/programmes"), "{\"year\":2026}");
		assertThat(opened.status()).isEqualTo(201);
		assertThat(
				send("POST", command("/api/initiatives/" + calendar + "/cultural-tour/programmes"), "{\"year\":2026}")
					.status())
			.as("a programme on the calendar initiative is an error, not data")
			.isEqualTo(409);

		String screening = """
				{"kind":"FILM_SCREENING","title":{"en":"Sample film screening KZ-UZ"},"origin":"KZ","host":"UZ",
				 "city":"Samarkand","venue":"Sample venue","startsOn":"2026-01-20","endsOn":"2026-01-21",
				 "films":["%s"]}""".formatted(filmId);
		Answer refused = send("POST", command(records + "/programmes/2026/legs"), screening);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body().get("detail").asText()).contains("is SCANNING")
			.contains("only once DIGITISED or PUBLISHED");

		assertThat(sendAs("liaison-kz", "PUT", command(records + "/films/" + filmId + "/digitisation"),
				"{\"state\":\"DIGITISED\",\"on\":\"2025-12-10\",\"note\":\"No restoration needed\"}")
			.status()).isEqualTo(200);
		Answer planned = send("POST", command(records + "/programmes/2026/legs"), screening);
		assertThat(planned.status()).isEqualTo(201);
		String legState = planned.location() + "/state";
		assertThat(sendAs("liaison-uz", "PUT", command(legState), "{\"state\":\"CONFIRMED\"}").status())
			.as("the host's liaison confirms the leg")
			.isEqualTo(200);
		assertThat(send("PUT", command(legState),
				"{\"state\":\"HELD\",\"note\":\"Two screenings\",\"evidence\":[\"https://example.org/press/screening\"]}")
			.status()).isEqualTo(200);
		Answer notCancelled = send("PUT", command(legState), "{\"state\":\"CANCELLED\",\"reason\":\"Too late\"}");
		assertThat(notCancelled.status()).isEqualTo(409);
		assertThat(notCancelled.body().get("detail").asText()).contains("is HELD");

		JsonNode leg = awaitQuery(planned.location(), (l) -> "HELD".equals(l.get("state").asText()));
		assertThat(leg.get("films").get(0).get("title").get("en").asText()).isEqualTo("Sample archival film KZ-1");
		assertThat(leg.get("evidence").get(0).asText()).isEqualTo("https://example.org/press/screening");
		JsonNode programme = awaitQuery(opened.location(), (p) -> p.get("hosts").size() == 1);
		assertThat(programme.get("hosts").get(0).get("host").asText()).isEqualTo("UZ");
		assertThat(programme.get("legCounts").get("HELD").asInt()).isEqualTo(1);

		JsonNode digitisation = awaitQuery(records + "/digitisation",
				(d) -> d.get("total").get("digitised").asInt() == 1);
		assertThat(digitisation.get("countries").get(0).get("country").asText()).isEqualTo("KZ");
		assertThat(digitisation.get("countries").get(0).get("byState").get("DIGITISED").asInt()).isEqualTo(1);
		JsonNode history = awaitQuery(film.location(), (f) -> f.get("history").size() == 4);
		assertThat(history.get("history").get(3).get("note").asText()).isEqualTo("No restoration needed");

		JsonNode row = awaitStatusMatrixRow(tour);
		assertThat(row.get("cells").get("KZ").get("figures").get(0).get("label").asText()).isEqualTo("film digitised");
		assertThat(row.get("cells").get("KZ").get("figures").get(0).get("value").asInt()).isEqualTo(1);
		assertThat(row.get("cells").get("UZ").get("figures").get(1).get("label").asText())
			.isEqualTo("leg held as host");
		assertThat(row.get("cells").get("UZ").get("figures").get(1).get("value").asInt()).isEqualTo(1);

		Answer page = send("GET", query("/initiatives/" + tour + "/cultural-tour"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
	}

}
