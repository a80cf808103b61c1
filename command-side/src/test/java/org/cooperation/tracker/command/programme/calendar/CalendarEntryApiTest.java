package org.cooperation.tracker.command.programme.calendar;

import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.programme.ProgrammeApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's command API: a submission answers 201 with the entry's own Location; the
 * entry moves through its states; bad input is a 4xx problem that stores nothing.
 */
class CalendarEntryApiTest extends ProgrammeApiTest {

	static final String FESTIVAL = """
			{"editionYear":2026,"title":{"en":"Steppe folk music festival","ru":"Фестиваль народной музыки"},
			 "type":"FESTIVAL","startDate":"2026-06-12","endDate":"2026-06-14","place":"Almaty",
			 "link":"https://example.org/festival"}""";

	static String calendar;

	static String marketplace;

	@BeforeEach
	void initiatives() {
		if (calendar == null) {
			calendar = propose("CULTURAL_CALENDAR", "[\"KZ\",\"UZ\",\"AZ\"]");
			marketplace = propose("CREATIVE_MARKETPLACE", "[\"KZ\",\"UZ\"]");
		}
	}

	private String submit(String country, String body) {
		ResponseEntity<JsonNode> answer = send(HttpMethod.POST,
				"/api/initiatives/" + calendar + "/countries/" + country + "/calendar-entries", body);
		assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(201);
		String id = answer.getBody().get("entryId").asText();
		assertThat(answer.getHeaders().getLocation()).hasToString("/api/calendar-entries/" + id);
		assertThat(answer.getBody().get("state").asText()).isEqualTo("SUBMITTED");
		return id;
	}

	@Test
	void countrySubmitsSecretariatReturnsCountryResubmitsSecretariatIncludes() {
		String entry = submit("kz", FESTIVAL);

		ResponseEntity<JsonNode> returned = send(HttpMethod.PUT, "/api/calendar-entries/" + entry + "/decision",
				"{\"decision\":\"RETURNED\",\"reason\":\"Name the venue\"}");
		assertThat(returned.getStatusCode().value()).isEqualTo(200);
		assertThat(returned.getBody().get("state").asText()).isEqualTo("RETURNED");

		ResponseEntity<JsonNode> resubmitted = send(HttpMethod.PUT, "/api/calendar-entries/" + entry,
				FESTIVAL.replace("\"editionYear\":2026,", "\"country\":\"KZ\",")
					.replace("Almaty", "Almaty, Central Park"));
		assertThat(resubmitted.getStatusCode().value()).as(resubmitted.toString()).isEqualTo(200);
		assertThat(resubmitted.getBody().get("state").asText()).isEqualTo("SUBMITTED");

		ResponseEntity<JsonNode> included = send(HttpMethod.PUT, "/api/calendar-entries/" + entry + "/decision",
				"{\"decision\":\"INCLUDED\"}");
		assertThat(included.getStatusCode().value()).isEqualTo(200);
		assertThat(included.getBody().get("state").asText()).isEqualTo("INCLUDED");

		ResponseEntity<JsonNode> withdrawn = send(HttpMethod.POST, "/api/calendar-entries/" + entry + "/withdrawal",
				"{\"country\":\"KZ\",\"reason\":\"Cancelled\"}");
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
		assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(jdbc.queryForList(
				"SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? " + "ORDER BY sequencenumber",
				String.class, entry))
			.extracting((type) -> type.substring(type.lastIndexOf('.') + 1))
			.containsExactly("CalendarEntrySubmitted", "CalendarEntryReturned", "CalendarEntryResubmitted",
					"CalendarEntryIncluded", "CalendarEntryWithdrawn");
	}

	@Test
	void optionalFieldsMayBeLeftOut() {
		submit("AZ", """
				{"editionYear":2026,"title":{"en":"Mugham evening"},"type":"CONCERT",
				 "startDate":"2026-10-15","endDate":"2026-10-15","place":"Baku"}""");
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String submit = "/api/initiatives/{c}/countries/KZ/calendar-entries";
		return Stream.of(
				Arguments.of("POST", submit, FESTIVAL.replace("2026-06-14", "2026-06-11"), 400,
						"endDate 2026-06-11 is before startDate 2026-06-12"),
				Arguments.of("POST", submit, FESTIVAL.replace("\"editionYear\":2026", "\"editionYear\":2027"), 400,
						"wholly outside the 2027 edition"),
				Arguments.of("POST", submit, FESTIVAL.replace("https://example.org/festival", "ftp://example.org/f"),
						400, "not an absolute http(s) address"),
				Arguments.of("POST", submit, FESTIVAL.replace("https://example.org/festival", "javascript:alert(1)"),
						400, "not an absolute http(s) address"),
				Arguments.of("POST", submit, FESTIVAL.replace("FESTIVAL", "CIRCUS"), 400,
						"'CIRCUS' is not one of FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY, OTHER"),
				Arguments.of("POST", submit, FESTIVAL.replace("\"editionYear\":2026,", ""), 400,
						"editionYear is required"),
				Arguments.of("POST", submit, FESTIVAL.replace("\"place\":\"Almaty\",", ""), 400, "place is required"),
				Arguments.of("POST", submit, FESTIVAL.replace("2026-06-12", "12.06.2026"), 400,
						"not a valid LocalDate"),
				Arguments.of("POST", submit, FESTIVAL.replace("\"editionYear\":2026", "\"editionYear\":1812"), 400,
						"between 2000 and 2100"),
				Arguments.of("POST", submit.replace("/KZ/", "/TM/"), FESTIVAL, 409,
						"Turkmenistan does not participate"),
				Arguments.of("POST", submit.replace("/KZ/", "/XX/"), FESTIVAL, 400, "unknown country 'XX'"),
				Arguments.of("POST", submit.replace("{c}", "{m}"), FESTIVAL, 409,
						"is a CREATIVE_MARKETPLACE initiative; a calendar entry belongs to a CULTURAL_CALENDAR"),
				Arguments.of("POST", submit.replace("{c}", unknown), FESTIVAL, 422, "no initiative " + unknown),
				Arguments.of("PUT", "/api/calendar-entries/" + unknown + "/decision", "{\"decision\":\"INCLUDED\"}",
						404, unknown),
				Arguments.of("PUT", "/api/calendar-entries/{c}/decision", "{\"decision\":\"INCLUDED\"}", 404, ""),
				Arguments.of("PUT", "/api/calendar-entries/{e}/decision", "{\"decision\":\"RETURNED\"}", 400,
						"reason for returning the entry is required"),
				Arguments.of("PUT", "/api/calendar-entries/{e}/decision", "{\"decision\":\"WITHDRAWN\"}", 400,
						"INCLUDED or RETURNED"),
				Arguments.of("PUT", "/api/calendar-entries/{e}",
						FESTIVAL.replace("\"editionYear\":2026,", "\"country\":\"KZ\","), 409,
						"only a RETURNED entry can be resubmitted"),
				Arguments.of("PUT", "/api/calendar-entries/{e}", FESTIVAL, 400, "unknown field 'editionYear'"),
				Arguments.of("POST", "/api/calendar-entries/{e}/withdrawal", "{\"country\":\"UZ\"}", 409,
						"only Kazakhstan, which submitted"),
				Arguments.of("POST", "/api/calendar-entries/{e}/withdrawal", "{}", 400, "a country code is required"));
	}

	@ParameterizedTest(name = "{0} {1} -> {3}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String method, String path, String body, int status, String detail) {
		String entry = submit("KZ", FESTIVAL);
		refused(method, path.replace("{c}", calendar).replace("{m}", marketplace).replace("{e}", entry), body, status,
				detail);
	}

}
