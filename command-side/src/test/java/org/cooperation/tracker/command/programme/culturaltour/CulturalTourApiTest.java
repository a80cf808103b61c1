package org.cooperation.tracker.command.programme.culturaltour;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.programme.ProgrammeApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cultural Tour's command API over real HTTP on a real PostgreSQL: the main flow
 * answers 201 with the query side's paths, screening rules read the film aggregates, and
 * every kind of bad input gets a 4xx problem+json and stores nothing.
 */
class CulturalTourApiTest extends ProgrammeApiTest {

	@Autowired
	ObjectMapper json;

	/** A Cultural Tour without Turkmenistan, a calendar, and records in them. */
	static String tour;

	static String calendar;

	static String scanningFilm;

	static String screenableFilm;

	static String plannedLeg;

	static String heldLeg;

	@BeforeEach
	void story() {
		if (tour != null) {
			return;
		}
		tour = propose("CULTURAL_TOUR_PLATFORM", "Cultural Tour", "[\"KZ\",\"UZ\",\"KG\",\"AZ\"]");
		calendar = propose("CULTURAL_CALENDAR", "Cultural calendar", "[\"KZ\",\"UZ\"]");

		scanningFilm = film("KZ", "Sample archival film KZ-1", true);
		advance("liaison-kz", scanningFilm, "QUEUED", null);
		advance("liaison-kz", scanningFilm, "SCANNING", null);
		screenableFilm = film("UZ", "Sample archival film UZ-1", true);
		advance("liaison-uz", screenableFilm, "QUEUED", null);
		advance("liaison-uz", screenableFilm, "SCANNING", null);
		advance("liaison-uz", screenableFilm, "DIGITISED", "No restoration needed");
		assertThat(post(tourPath("/programmes"), "{\"year\":2026}").getStatusCode().value()).isEqualTo(201);
		plannedLeg = leg("TOURING_PROGRAMME", "KZ", "UZ", "2026-09-01", "[]");
		heldLeg = leg("RETROSPECTIVE_EXHIBITION", "UZ", "KG", "2026-01-10", "[]");
		assertThat(put(legPath(heldLeg) + "/state", "{\"state\":\"CONFIRMED\"}").getStatusCode().value())
			.isEqualTo(200);
		assertThat(put(legPath(heldLeg) + "/state", "{\"state\":\"HELD\"}").getStatusCode().value()).isEqualTo(200);
	}

	/** Registered by the liaison of the holder, the only one who may. */
	private String film(String holder, String title, boolean rightsCleared) {
		ResponseEntity<JsonNode> film = sendAs("liaison-" + holder.toLowerCase(Locale.ROOT), HttpMethod.POST,
				tourPath("/films"), """
						{"holder":"%s","title":{"en":"%s"},"year":1961,"rightsCleared":%s}""".formatted(holder, title,
						rightsCleared));
		assertThat(film.getStatusCode().value()).as(film.toString()).isEqualTo(201);
		return film.getBody().get("filmId").asText();
	}

	private void advance(String liaison, String film, String state, String note) {
		String body = (note == null) ? "{\"state\":\"%s\",\"on\":\"2026-01-05\"}".formatted(state)
				: "{\"state\":\"%s\",\"on\":\"2026-01-05\",\"note\":\"%s\"}".formatted(state, note);
		ResponseEntity<JsonNode> advanced = sendAs(liaison, HttpMethod.PUT,
				tourPath("/films/" + film + "/digitisation"), body);
		assertThat(advanced.getStatusCode().value()).as(advanced.toString()).isEqualTo(200);
	}

	private String leg(String kind, String origin, String host, String startsOn, String films) {
		ResponseEntity<JsonNode> leg = post(tourPath("/programmes/2026/legs"), """
				{"kind":"%s","origin":"%s","host":"%s","city":"Samarkand","venue":"Registan stage",
				 "startsOn":"%s","endsOn":"%s","films":%s}""".formatted(kind, origin, host, startsOn, startsOn, films));
		assertThat(leg.getStatusCode().value()).as(leg.toString()).isEqualTo(201);
		return leg.getBody().get("legId").asText();
	}

	private static String tourPath(String rest) {
		return "/api/initiatives/" + tour + "/cultural-tour" + rest;
	}

	private static String legPath(String leg) {
		return tourPath("/programmes/2026/legs/" + leg);
	}

	private ResponseEntity<JsonNode> post(String path, String body) {
		return send(HttpMethod.POST, path, body);
	}

	private ResponseEntity<JsonNode> put(String path, String body) {
		return send(HttpMethod.PUT, path, body);
	}

	@Test
	void aScreeningOfADigitisedFilmIsPlannedConfirmedAndHeld() throws Exception {
		ResponseEntity<JsonNode> planned = post(tourPath("/programmes/2026/legs"), """
				{"kind":"FILM_SCREENING","title":{"en":"Sample film screening UZ-KZ"},"origin":"uz","host":"kz",
				 "city":"Almaty","venue":"Sample venue","startsOn":"2026-02-01","endsOn":"2026-02-02",
				 "films":["%s"]}""".formatted(screenableFilm));
		String leg = created(planned, "legId", legPath(""));
		assertThat(planned.getBody().get("state").asText()).isEqualTo("PLANNED");

		ResponseEntity<JsonNode> confirmed = put(legPath(leg) + "/state",
				"{\"state\":\"CONFIRMED\",\"note\":\"Host's letter\"}");
		assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
		ResponseEntity<JsonNode> held = put(legPath(leg) + "/state",
				"{\"state\":\"HELD\",\"evidence\":[\"https://example.org/press/screening\"]}");
		assertThat(held.getStatusCode().value()).isEqualTo(200);
		assertThat(held.getBody().get("state").asText()).isEqualTo("HELD");

		List<String> types = jdbc.queryForList(
				"SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
				String.class, tour + "/2026");
		assertThat(types).last().asString().endsWith("TourLegHeld");
		String metadata = jdbc
			.queryForObject("SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? "
					+ "ORDER BY sequencenumber DESC LIMIT 1", String.class, tour + "/2026");
		assertThat(json.readTree(metadata).get("actor").asText()).isEqualTo("secretariat");
	}

	@Test
	void aFilmIsRegisteredWithItsLocationOnTheQuerySide() {
		ResponseEntity<JsonNode> film = sendAs("liaison-az", HttpMethod.POST, tourPath("/films"),
				"""
						{"holder":"az","title":{"en":"Sample archival film AZ-1","ru":"Образец"},"year":1970,"rightsCleared":false}""");
		String id = created(film, "filmId", tourPath("/films/"));
		assertThat(film.getBody().get("state").asText()).isEqualTo("NOT_ASSESSED");
		ResponseEntity<JsonNode> rights = sendAs("liaison-az", HttpMethod.PUT, tourPath("/films/" + id + "/rights"),
				"{\"cleared\":true}");
		assertThat(rights.getStatusCode().value()).isEqualTo(200);
		assertThat(rights.getBody().get("cleared").asBoolean()).isTrue();
	}

	@Test
	void anEditionIsOpenedOnce() {
		ResponseEntity<JsonNode> again = post(tourPath("/programmes"), "{\"year\":2026}");
		assertThat(again.getStatusCode().value()).isEqualTo(409);
		assertThat(again.getBody().get("detail").asText())
			.isEqualTo("the 2026 programme of 'Cultural Tour' is already open");
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String leg = "{\"kind\":\"TOURING_PROGRAMME\",\"origin\":\"KZ\",\"host\":\"UZ\",\"city\":\"Samarkand\","
				+ "\"venue\":\"Hall\",\"startsOn\":\"2026-05-10\",\"endsOn\":\"2026-05-12\",\"films\":[]}";
		String screening = "{\"kind\":\"FILM_SCREENING\",\"origin\":\"KZ\",\"host\":\"UZ\",\"city\":\"Samarkand\","
				+ "\"venue\":\"Hall\",\"startsOn\":\"2026-05-10\",\"endsOn\":\"2026-05-12\",\"films\":[\"%s\"]}";
		String film = "{\"holder\":\"KZ\",\"title\":{\"en\":\"Sample\"},\"year\":1960,\"rightsCleared\":true}";
		return Stream.of(
				// programme editions
				Arguments.of("secretariat", "POST", "{t}/programmes", "{\"year\":1999}", 400, "between 2000 and 2100"),
				Arguments.of("secretariat", "POST", "{t}/programmes", "{}", 400, "year is required"),
				Arguments.of("secretariat", "POST", "{t}/programmes", "{\"year\":\"next\"}", 400,
						"not a valid Integer"),
				Arguments.of("secretariat", "POST", "{t}/programmes", "{\"year\":2027,\"theme\":\"x\"}", 400,
						"unknown field 'theme'"),
				Arguments.of("secretariat", "POST", "{c}/programmes", "{\"year\":2026}", 409,
						"is an initiative of kind CULTURAL_CALENDAR"),
				Arguments.of("secretariat", "POST", "/api/initiatives/" + unknown + "/cultural-tour/programmes",
						"{\"year\":2026}", 422, "no initiative"),
				// legs
				Arguments
					.of("secretariat", "POST", "{t}/programmes/2030/legs", leg.replace("2026", "2030"), 404, "2030"),
				Arguments.of("secretariat", "POST", "{t}/programmes/next/legs", leg, 400, ""),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs",
						leg.replace("TOURING_PROGRAMME", "FESTIVAL"), 400, "'FESTIVAL' is not one of"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("\"KZ\"", "\"RU\""), 400,
						"unknown country 'RU'"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("\"origin\":\"KZ\",", ""),
						400, "origin is required"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("2026-05-12", "2026-05-01"),
						400, "cannot end (2026-05-01) before it starts (2026-05-10)"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("Hall", " "), 400,
						"venue is required"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs",
						leg.replace("Samarkand", "x".repeat(301)), 400, "city is longer than 300"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("[]", "[\"not-a-uuid\"]"),
						400, "not a valid UUID"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("\"UZ\"", "\"TM\""), 409,
						"Turkmenistan does not participate in 'Cultural Tour'"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("\"UZ\"", "\"KZ\""), 409,
						"Kazakhstan cannot host its own leg"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("2026-05-12", "2027-01-02"),
						409, "take place in 2026"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", leg.replace("[]", "[\"{s}\"]"), 409,
						"a TOURING_PROGRAMME leg names no films"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", screening.replace("[\"%s\"]", "[]"),
						409, "a FILM_SCREENING leg names at least one archival film"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", screening.formatted("{f}"), 409,
						"'Sample archival film KZ-1' (1961) is SCANNING; a film can be screened only once DIGITISED"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", screening.formatted(unknown), 422,
						"no archival film " + unknown),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", screening.formatted("{t}"), 422,
						"no archival film"),
				Arguments.of("secretariat", "POST", "{t}/programmes/2026/legs", screening.formatted("{s}\",\"{s}"), 400,
						"is named twice"),
				// leg states
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state", "{\"state\":\"PLANNED\"}", 400,
						"a leg is PLANNED when it is added"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state", "{}", 400,
						"state is required"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state", "{\"state\":\"CANCELLED\"}",
						400, "reason is required"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state",
						"{\"state\":\"CANCELLED\",\"reason\":\"r\",\"note\":\"n\"}", 400, "takes a reason, not a note"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state",
						"{\"state\":\"CONFIRMED\",\"reason\":\"r\"}", 400,
						"a reason is given only when a leg is CANCELLED"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state",
						"{\"state\":\"CONFIRMED\",\"evidence\":[\"https://example.org/x\"]}", 400,
						"evidence is recorded only when a leg is HELD"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{l}/state", "{\"state\":\"HELD\"}", 409,
						"is PLANNED; only a CONFIRMED leg can be recorded as held"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{h}/state",
						"{\"state\":\"CANCELLED\",\"reason\":\"r\"}", 409,
						"is HELD; a leg that took place cannot be cancelled"),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/" + unknown + "/state",
						"{\"state\":\"CONFIRMED\"}", 404, unknown),
				Arguments.of("secretariat", "PUT", "{t}/programmes/2026/legs/{h}/state",
						"{\"state\":\"HELD\",\"evidence\":[\"ftp://example.org/x\"]}", 400,
						"not an absolute http(s) address"),
				// films
				Arguments.of("liaison-kz", "POST", "{t}/films", film.replace("\"holder\":\"KZ\",", ""), 400,
						"holder is required"),
				Arguments.of("liaison-kz", "POST", "{t}/films", film.replace(",\"rightsCleared\":true", ""), 400,
						"rightsCleared is required"),
				Arguments.of("liaison-kz", "POST", "{t}/films", film.replace("{\"en\":\"Sample\"}", "{}"), 400,
						"at least one of kk, ru or en"),
				Arguments.of("liaison-kz", "POST", "{t}/films", film.replace("1960", "1850"), 400,
						"cannot be before 1888"),
				Arguments.of("liaison-kz", "POST", "{t}/films", film.replace("1960", "2999"), 409,
						"cannot be in the future"),
				Arguments.of("liaison-tm", "POST", "{t}/films", film.replace("KZ", "TM"), 409,
						"Turkmenistan does not participate"),
				Arguments.of("liaison-kz", "POST", "{c}/films", film, 409,
						"an archival film belongs to an initiative of kind CULTURAL_TOUR_PLATFORM"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/digitisation", "{\"state\":\"PUBLISHED\"}", 409,
						"is SCANNING; it cannot move to PUBLISHED (it may move to [RESTORED, DIGITISED])"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/digitisation", "{\"state\":\"DIGITISED\"}", 409,
						"skips restoration, so the step needs a note"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/digitisation",
						"{\"state\":\"RESTORED\",\"on\":\"2999-01-01\"}", 409, "cannot be dated in the future"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/digitisation",
						"{\"state\":\"RESTORED\",\"on\":\"2026-01-04\"}", 409, "the next step cannot be dated earlier"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/digitisation", "{\"state\":\"SCANNED\"}", 400,
						"'SCANNED' is not one of"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/" + unknown + "/digitisation", "{\"state\":\"QUEUED\"}",
						404, unknown),
				Arguments.of("liaison-kz", "PUT", "{c}/films/{f}/digitisation", "{\"state\":\"RESTORED\"}", 404, ""),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/rights", "{}", 400, "cleared is required"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/rights", "{\"cleared\":true}", 409,
						"are already cleared"),
				Arguments.of("liaison-kz", "PUT", "{t}/films/{f}/rights", "{\"cleared\":\"perhaps\"}", 400, ""));
	}

	@ParameterizedTest(name = "{0}: {1} {2} {3} -> {4}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String user, String method, String path, String body, int status,
			String detail) {
		refused(user, method, resolve(path), resolve(body), status, detail);
	}

	private static String resolve(String text) {
		return text.replace("{t}/", "/api/initiatives/" + tour + "/cultural-tour/")
			.replace("{c}/", "/api/initiatives/" + calendar + "/cultural-tour/")
			.replace("{t}", tour)
			.replace("{f}", scanningFilm)
			.replace("{s}", screenableFilm)
			.replace("{l}", plannedLeg)
			.replace("{h}", heldLeg);
	}

	@Test
	void openApiDocumentsTheCulturalTour() {
		ResponseEntity<JsonNode> docs = http.get().uri("/v3/api-docs").retrieve().toEntity(JsonNode.class);
		JsonNode paths = docs.getBody().get("paths");
		assertThat(Map.of("programmes", "/api/initiatives/{initiativeId}/cultural-tour/programmes", "legs",
				"/api/initiatives/{initiativeId}/cultural-tour/programmes/{year}/legs", "state",
				"/api/initiatives/{initiativeId}/cultural-tour/programmes/{year}/legs/{legId}/state", "films",
				"/api/initiatives/{initiativeId}/cultural-tour/films", "digitisation",
				"/api/initiatives/{initiativeId}/cultural-tour/films/{filmId}/digitisation", "rights",
				"/api/initiatives/{initiativeId}/cultural-tour/films/{filmId}/rights"))
			.allSatisfy((name, path) -> assertThat(paths.has(path)).as(path).isTrue());
	}

}
