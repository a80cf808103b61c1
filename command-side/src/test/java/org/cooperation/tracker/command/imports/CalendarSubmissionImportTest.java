package org.cooperation.tracker.command.imports;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A country's cultural events for the calendar from a CSV file, over real HTTP on a real
 * PostgreSQL: errors listed by line and refused whole, the corrected file submitted once
 * however often it is uploaded.
 */
class CalendarSubmissionImportTest extends CommandSideIntegrationTest {

	private static final String HEADER = "initiative_id,country,edition_year,title_kk,title_ru,title_en,type,city,"
			+ "start_date,end_date,organiser,link,description_kk,description_ru,description_en\r\n";

	private static String calendar;

	@BeforeEach
	void aCalendarOfKazakhstanAndUzbekistan() {
		if (calendar != null) {
			return;
		}
		RestClient secretariat = signedInAs("secretariat");
		JsonNode protocol = send(secretariat, HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL).getBody();
		calendar = send(secretariat, HttpMethod.POST, "/api/initiatives",
				"""
						{"protocolId":"%s","directionId":"%s","kind":"CULTURAL_CALENDAR",
						 "title":{"en":"Central Asian cultural calendar"},"participants":["KZ","UZ"]}"""
					.formatted(protocol.get("protocolId").asText(), protocol.get("directionIds").get(0).asText()))
			.getBody()
			.get("initiativeId")
			.asText();
	}

	@Test
	void errorsAreListedByLineThenTheCorrectedFileIsSubmittedOnce() {
		String bad = HEADER + line("2026", "Наурыз мерекесі", "HERITAGE_DAY", "2026-03-21", "2026-03-23")
				+ line("2026", "Ұлы дала фестивалі", "PARADE", "2026-07-01", "2026-06-30")
				+ line("1990", "", "FILM", "2026-09-01", "2026-09-02");
		long before = storedEvents();
		ResponseEntity<JsonNode> refused = upload(bad);
		assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.getBody()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("line").asInt() + " " + error.get("column").asText())
			.toList()).containsExactly("3 type", "4 edition_year");
		assertThat(refused.getBody().get("errors").get(0).get("detail").asText()).contains("FESTIVAL");
		assertThat(storedEvents()).isEqualTo(before);

		String corrected = HEADER + line("2026", "Наурыз мерекесі", "heritage_day", "2026-03-21", "2026-03-23")
				+ line("2026", "Ұлы дала фестивалі", "FESTIVAL", "2026-06-30", "2026-07-01");
		ResponseEntity<JsonNode> applied = upload(corrected);
		assertThat(applied.getStatusCode().value()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.getBody().get("lines").asInt()).isEqualTo(2);
		assertThat(storedEvents()).isEqualTo(before + 2);
		String submission = applied.getBody().get("records").get(0).get("id").asText();
		JsonNode stored = jdbc.queryForObject(
				"SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
				(row, n) -> parse(row.getString(1)), submission);
		assertThat(stored.toString()).contains("Наурыз мерекесі").contains("Turkistan");

		assertThat(upload(corrected).getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(storedEvents()).as("the same file again submits nothing").isEqualTo(before + 2);
	}

	private static String line(String year, String titleKk, String type, String start, String end) {
		return String.join(",", calendar, "KZ", year, titleKk, "", "Event", type, "Turkistan", start, end,
				"Ministry of Culture", "https://example.org/event", "", "", "") + "\r\n";
	}

	private JsonNode parse(String json) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ResponseEntity<JsonNode> upload(String file) {
		return signedInAs("liaison-kz").post()
			.uri("/api/imports/calendar-submissions")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Idempotency-Key", "csv-" + Integer.toHexString(file.hashCode()))
			.body(file.getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(JsonNode.class);
	}

}
