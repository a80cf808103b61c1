package org.cooperation.tracker.command.programme.calendar;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * The calendar's command API: a submission answers 201 with its own Location under the
 * initiative; it moves through its states; bad input is a 4xx problem that stores
 * nothing.
 */
class CalendarSubmissionApiTest extends ProgrammeApiTest {

	static final String FESTIVAL = """
			{"country":"kz","editionYear":2026,
			 "title":{"en":"Steppe folk music festival","ru":"Фестиваль народной музыки"},
			 "type":"FESTIVAL","city":"Almaty","startDate":"2026-06-12","endDate":"2026-06-14",
			 "organiser":"Union of folk musicians","link":"https://example.org/festival"}""";

	static final Pattern JSON_COUNTRY = Pattern.compile("\"country\":\"(\\w\\w)\"");

	static String calendar;

	static String marketplace;

	@BeforeEach
	void initiatives() {
		if (calendar == null) {
			calendar = propose("CULTURAL_CALENDAR", "[\"KZ\",\"UZ\",\"AZ\"]");
			marketplace = propose("CREATIVE_MARKETPLACE", "[\"KZ\",\"UZ\"]");
		}
	}

	private String submissions() {
		return "/api/initiatives/" + calendar + "/calendar/submissions";
	}

	/** The country a submission's body names, lower case: the liaison who submits it. */
	private static String country(String body) {
		return JSON_COUNTRY.matcher(body).results().findFirst().orElseThrow().group(1).toLowerCase(Locale.ROOT);
	}

	private String submit(String body) {
		ResponseEntity<JsonNode> answer = sendAs("liaison-" + country(body), HttpMethod.POST, submissions(), body);
		String id = created(answer, "submissionId", submissions() + "/");
		assertThat(answer.getBody().get("state").asText()).isEqualTo("SUBMITTED");
		return id;
	}

	@Test
	void countrySubmitsSecretariatReturnsCountryResubmitsSecretariatIncludes() {
		String submission = submissions() + "/" + submit(FESTIVAL);

		ResponseEntity<JsonNode> returned = send(HttpMethod.PUT, submission + "/decision",
				"{\"decision\":\"RETURNED\",\"reason\":\"Name the venue\"}");
		assertThat(returned.getStatusCode().value()).isEqualTo(200);
		assertThat(returned.getBody().get("state").asText()).isEqualTo("RETURNED");

		ResponseEntity<JsonNode> resubmitted = sendAs("liaison-kz", HttpMethod.PUT, submission,
				FESTIVAL.replace("\"editionYear\":2026,", "").replace("Almaty", "Almaty, Central Park"));
		assertThat(resubmitted.getStatusCode().value()).as(resubmitted.toString()).isEqualTo(200);
		assertThat(resubmitted.getBody().get("state").asText()).isEqualTo("SUBMITTED");

		ResponseEntity<JsonNode> included = send(HttpMethod.PUT, submission + "/decision",
				"{\"decision\":\"included\"}");
		assertThat(included.getStatusCode().value()).isEqualTo(200);
		assertThat(included.getBody().get("state").asText()).isEqualTo("INCLUDED");

		ResponseEntity<JsonNode> withdrawn = sendAs("liaison-kz", HttpMethod.POST, submission + "/withdrawal",
				"{\"country\":\"KZ\",\"reason\":\"Cancelled\"}");
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
		assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(jdbc.queryForList(
				"SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? " + "ORDER BY sequencenumber",
				String.class, submission.substring(submission.lastIndexOf('/') + 1)))
			.extracting((type) -> type.substring(type.lastIndexOf('.') + 1))
			.containsExactly("CalendarEventSubmitted", "CalendarSubmissionReturned", "CalendarEventResubmitted",
					"CalendarSubmissionIncluded", "CalendarSubmissionWithdrawn");
	}

	@Test
	void optionalFieldsMayBeLeftOut() {
		submit("""
				{"country":"AZ","editionYear":2026,"title":{"en":"Mugham evening"},"type":"CONCERT","city":"Baku",
				 "startDate":"2026-10-15","endDate":"2026-10-15","organiser":"Philharmonic"}""");
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String submit = "/api/initiatives/{c}/calendar/submissions";
		String one = submit + "/{s}";
		String correction = FESTIVAL.replace("\"editionYear\":2026,", "");
		return Stream.of(
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("2026-06-14", "2026-06-11"), 400,
						"endDate 2026-06-11 is before startDate 2026-06-12"),
				Arguments.of("liaison-kz", "POST", submit,
						FESTIVAL.replace("\"editionYear\":2026", "\"editionYear\":2027"), 400,
						"wholly outside the 2027 edition"),
				Arguments.of("liaison-kz", "POST", submit,
						FESTIVAL.replace("https://example.org/festival", "ftp://example.org/f"), 400,
						"not an absolute http(s) address"),
				Arguments.of("liaison-kz", "POST", submit,
						FESTIVAL.replace("https://example.org/festival", "javascript:alert(1)"), 400,
						"not an absolute http(s) address"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("FESTIVAL", "CIRCUS"), 400,
						"'CIRCUS' is not one of FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY, OTHER"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("\"editionYear\":2026,", ""), 400,
						"editionYear is required"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("\"city\":\"Almaty\",", ""), 400,
						"city is required"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("Union of folk musicians", " "), 400,
						"organiser is required"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("Almaty", "x".repeat(301)), 400,
						"city is longer than 300"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("2026-06-12", "12.06.2026"), 400,
						"not a valid LocalDate"),
				Arguments.of("liaison-kz", "POST", submit,
						FESTIVAL.replace("\"editionYear\":2026", "\"editionYear\":1812"), 400, "between 2000 and 2100"),
				Arguments.of("liaison-tm", "POST", submit, FESTIVAL.replace("\"kz\"", "\"TM\""), 409,
						"Turkmenistan does not participate"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("\"kz\"", "\"XX\""), 400,
						"unknown country 'XX'"),
				Arguments.of("liaison-kz", "POST", submit, FESTIVAL.replace("\"country\":\"kz\",", ""), 400,
						"a country code is required"),
				Arguments.of("liaison-kz", "POST", submit.replace("{c}", "{m}"), FESTIVAL, 409,
						"is an initiative of kind CREATIVE_MARKETPLACE; a calendar submission belongs to an initiative of kind CULTURAL_CALENDAR"),
				Arguments.of("liaison-kz", "POST", submit.replace("{c}", unknown), FESTIVAL, 422,
						"no initiative " + unknown),
				Arguments.of("secretariat", "PUT", submit + "/" + unknown + "/decision", "{\"decision\":\"INCLUDED\"}",
						404, unknown),
				Arguments.of("secretariat", "PUT", submit + "/{c}/decision", "{\"decision\":\"INCLUDED\"}", 404, ""),
				Arguments.of("secretariat", "PUT", one.replace("{c}", "{m}") + "/decision",
						"{\"decision\":\"INCLUDED\"}", 404, "has no calendar submission"),
				Arguments.of("secretariat", "PUT", one + "/decision", "{\"decision\":\"RETURNED\"}", 400,
						"reason for returning the submission is required"),
				Arguments.of("secretariat", "PUT", one + "/decision", "{\"decision\":\"WITHDRAWN\"}", 400,
						"INCLUDED or RETURNED"),
				Arguments.of("liaison-kz", "PUT", one, correction, 409, "it cannot be resubmitted"),
				Arguments.of("liaison-kz", "PUT", one, FESTIVAL, 400, "unknown field 'editionYear'"),
				Arguments.of("liaison-uz", "POST", one + "/withdrawal", "{\"country\":\"UZ\"}", 403,
						"only Kazakhstan's liaison may withdraw Kazakhstan's submission"),
				Arguments.of("liaison-kz", "POST", one + "/withdrawal", "{\"country\":\"UZ\"}", 403,
						"only Uzbekistan's liaison may withdraw a calendar submission for Uzbekistan"),
				Arguments.of("liaison-kz", "POST", one + "/withdrawal", "{}", 400, "a country code is required"));
	}

	@ParameterizedTest(name = "{0}: {1} {2} -> {4}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String user, String method, String path, String body, int status,
			String detail) {
		String submission = submit(FESTIVAL);
		refused(user, method, path.replace("{c}", calendar).replace("{m}", marketplace).replace("{s}", submission),
				body, status, detail);
	}

}
