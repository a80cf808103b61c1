package org.cooperation.tracker.query.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cultural calendar end to end: liaisons submit their countries' events, the
 * secretariat returns one and includes the rest, a liaison corrects and resubmits, an
 * official reads the edition, its feed and the figures in the status matrix.
 */
class CalendarEndToEndIT extends EndToEndTest {

	static final String FESTIVAL = """
			{"country":"KZ","editionYear":2026,"title":{"en":"Steppe folk music festival","kk":"Дала фестивалі"},
			 "type":"FESTIVAL","city":"Almaty","startDate":"2026-06-12","endDate":"2026-06-14",
			 "organiser":"Union of folk musicians","link":"https://example.org/festival"}""";

	static final String EXHIBITION = """
			{"country":"uz","editionYear":2026,"title":{"en":"Silk Road textiles"},"type":"EXHIBITION",
			 "city":"Samarkand","startDate":"2026-04-01","endDate":"2026-06-30","organiser":"Museum of textiles"}""";

	@Test
	void countriesSubmitSecretariatDecidesOfficialReadsTheCalendarAndItsFeed() throws Exception {
		String calendar = newCalendar();
		String submissions = "/api/initiatives/" + calendar + "/calendar/submissions";

		Answer festival = sendAs("liaison-kz", "POST", command(submissions), FESTIVAL);
		assertThat(festival.status()).isEqualTo(201);
		assertThat(festival.location()).startsWith(submissions + "/");
		Answer exhibition = sendAs("liaison-uz", "POST", command(submissions), EXHIBITION);
		assertThat(exhibition.status()).isEqualTo(201);

		assertThat(send("PUT", command(exhibition.location() + "/decision"),
				"{\"decision\":\"RETURNED\",\"reason\":\"Give the full title, please\"}")
			.status()).isEqualTo(200);
		JsonNode returned = awaitQuery(exhibition.location(),
				(s) -> s.get("event").get("state").asText().equals("RETURNED"));
		assertThat(returned.get("event").get("stateReason").asText()).isEqualTo("Give the full title, please");

		Answer refused = sendAs("liaison-kz", "POST", command(exhibition.location() + "/withdrawal"),
				"{\"country\":\"KZ\"}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body().get("detail").asText()).contains("only Uzbekistan's liaison may withdraw");
		Answer badDates = sendAs("liaison-kz", "POST", command(submissions),
				FESTIVAL.replace("2026-06-14", "2026-06-01"));
		assertThat(badDates.status()).isEqualTo(400);
		assertThat(badDates.contentType()).startsWith("application/problem+json");

		assertThat(
				sendAs("liaison-uz", "PUT", command(exhibition.location()),
						EXHIBITION.replace("\"editionYear\":2026,", "")
							.replace("Silk Road textiles", "Silk Road textiles, patterns; colours"))
					.status())
			.isEqualTo(200);
		for (Answer submission : new Answer[] { festival, exhibition }) {
			assertThat(
					send("PUT", command(submission.location() + "/decision"), "{\"decision\":\"INCLUDED\"}").status())
				.isEqualTo(200);
		}

		String edition = "/api/initiatives/" + calendar + "/calendar/2026";
		JsonNode published = awaitQuery(edition, (e) -> e.get("events").size() == 2);
		assertThat(published.get("events").get(0).get("title").get("en").asText())
			.isEqualTo("Silk Road textiles, patterns; colours");
		assertThat(published.get("events").get(0).get("revision").asInt()).isEqualTo(2);
		assertThat(awaitQuery(edition + "?country=kz&month=6&type=FESTIVAL", (e) -> true).get("events")).hasSize(1);
		assertThat(awaitQuery(edition + "?month=7", (e) -> true).get("events")).isEmpty();

		HttpResponse<String> feed = HTTP.send(
				signedIn(HttpRequest.newBuilder(URI.create(query(edition + ".ics"))), "official").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		String ics = feed.body();
		String festivalId = festival.body().get("submissionId").asText();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.endsWith("END:VCALENDAR\r\n")
			.contains("UID:" + festivalId + "\r\n", "SUMMARY:Silk Road textiles\\, patterns\\; colours\r\n",
					"DTSTART;VALUE=DATE:20260612\r\nDTEND;VALUE=DATE:20260615\r\n");
		assertThat(Arrays.stream(ics.split("\r\n")))
			.allSatisfy((line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

		JsonNode matrix = awaitQuery("/api/status-matrix", (m) -> m.toString().contains("event included"));
		JsonNode row = rowOf(matrix, calendar);
		assertThat(row.get("cells").get("KZ").get("figures").get(0).get("value").asInt()).isEqualTo(1);
		assertThat(row.get("cells").get("UZ").get("figures").get(0).get("label").asText()).isEqualTo("event included");
		Answer page = send("GET", query("/initiatives/" + calendar + "/calendar/2026"), null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
	}

}
