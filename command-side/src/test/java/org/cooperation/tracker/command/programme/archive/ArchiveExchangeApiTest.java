package org.cooperation.tracker.command.programme.archive;

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
import org.cooperation.tracker.kernel.common.Sha256;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive-exchange commands over real HTTP on a real PostgreSQL: a copy's whole way
 * from offer to confirmed receipt, and a problem that stores nothing for every bad input.
 */
class ArchiveExchangeApiTest extends ProgrammeApiTest {

	static final String SENT = Sha256.of("copy as sent".getBytes()).hex();

	static final String DAMAGED = Sha256.of("copy as it arrived".getBytes()).hex();

	static String archives;

	static String calendar;

	static String offeredCopy;

	@BeforeEach
	void story() {
		if (archives != null) {
			return;
		}
		String participants = "[\"KZ\",\"UZ\",\"KG\",\"TJ\",\"TM\"]";
		archives = propose("ARCHIVE_EXCHANGE", "Exchange of archival copies", participants);
		calendar = propose("CULTURAL_CALENDAR", "Cultural calendar", participants);
		offeredCopy = postAs("liaison-kz", path("/offers"), offer("KZ", "UZ")).getBody().get("copyId").asText();
	}

	static String offer(String holder, String receiver) {
		return """
				{"holder":"%s","receiver":"%s","materialType":"DOCUMENTARY",
				 "title":{"ru":"Переписка 1920-х годов","en":"Correspondence of the 1920s"},
				 "reference":"F. 5, inv. 1, file 12","description":{"en":"84 sheets"}}""".formatted(holder, receiver);
	}

	private static String path(String rest) {
		return "/api/initiatives/" + archives + "/archive-exchange" + rest;
	}

	private ResponseEntity<JsonNode> post(String path, String body) {
		return send(HttpMethod.POST, path, body);
	}

	/** Each step is taken by the liaison of the country whose step it is. */
	private ResponseEntity<JsonNode> postAs(String user, String path, String body) {
		return sendAs(user, HttpMethod.POST, path, body);
	}

	@Test
	void copyTravelsFromRequestToConfirmedReceiptThroughAMismatch() {
		ResponseEntity<JsonNode> requested = postAs("liaison-tj", path("/requests"), offer("kg", "tj"));
		String copyId = created(requested, "copyId", path("/copies/"));
		assertThat(requested.getBody().get("state").asText()).isEqualTo("REQUESTED");
		assertThat(requested.getBody().get("holder").asText()).isEqualTo("KG");

		assertThat(postAs("liaison-kg", path("/copies/" + copyId + "/approve"), "{\"country\":\"KG\"}").getBody()
			.get("state")
			.asText()).isEqualTo("APPROVED");
		ResponseEntity<JsonNode> sent = postAs("liaison-kg", path("/copies/" + copyId + "/transfer"), """
				{"country":"KG","checksum":"%s","medium":"digital_transfer","sentOn":"2026-01-10"}"""
			.formatted(SENT.toUpperCase()));
		assertThat(sent.getStatusCode().value()).isEqualTo(200);
		assertThat(sent.getBody().get("state").asText()).isEqualTo("TRANSFERRED");

		ResponseEntity<JsonNode> mismatch = postAs("liaison-tj", path("/copies/" + copyId + "/confirm-receipt"), """
				{"country":"TJ","checksum":"%s","receivedOn":"2026-01-12"}""".formatted(DAMAGED));
		assertThat(mismatch.getStatusCode().value()).as("a mismatch is recorded, not refused").isEqualTo(200);
		assertThat(mismatch.getBody().get("state").asText()).isEqualTo("CHECKSUM_MISMATCH");
		assertThat(mismatch.getBody().get("checksumMatched").asBoolean()).isFalse();

		assertThat(postAs("liaison-kg", path("/copies/" + copyId + "/transfer"), """
				{"country":"KG","checksum":"%s","medium":"PHYSICAL_MEDIA","sentOn":"2026-01-20"}""".formatted(SENT))
			.getStatusCode()
			.value()).isEqualTo(200);
		ResponseEntity<JsonNode> received = postAs("liaison-tj", path("/copies/" + copyId + "/confirm-receipt"), """
				{"country":"TJ","checksum":"%s"}""".formatted(SENT));
		assertThat(received.getBody().get("state").asText()).isEqualTo("RECEIVED");
		assertThat(received.getBody().get("checksumMatched").asBoolean()).isTrue();

		assertThat(jdbc.queryForList(
				"SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? " + "ORDER BY sequencenumber",
				String.class, copyId))
			.extracting((type) -> type.substring(type.lastIndexOf('.') + 1))
			.containsExactly("ArchiveCopyRequested", "ArchiveCopyApproved", "ArchiveCopyTransferred",
					"ArchiveCopyChecksumMismatchRecorded", "ArchiveCopyTransferred", "ArchiveCopyReceived");
	}

	@Test
	void offerIsWithdrawnWithAReason() {
		String copyId = postAs("liaison-tm", path("/offers"), offer("TM", "KZ")).getBody().get("copyId").asText();
		ResponseEntity<JsonNode> withdrawn = postAs("liaison-tm", path("/copies/" + copyId + "/withdraw"),
				"{\"country\":\"tm\",\"reason\":\"Original sent for restoration\"}");
		assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
		assertThat(withdrawn.getBody().get("state").asText()).isEqualTo("WITHDRAWN");
	}

	static Stream<Arguments> badRequests() {
		String unknown = UUID.randomUUID().toString();
		String offer = offer("KZ", "UZ");
		return Stream.of(
				Arguments.of("liaison-kz", "/offers", offer("KZ", "kz"), 400, "holder and receiver must be different"),
				Arguments.of("liaison-kz", "/offers", offer("KZ", "RU"), 400, "unknown country 'RU'"),
				Arguments.of("liaison-kz", "/offers", offer.replace("\"holder\":\"KZ\",", ""), 400,
						"holder is required"),
				Arguments.of("liaison-kz", "/offers", offer.replace("DOCUMENTARY", "PHOTOGRAPHIC"), 400,
						"'PHOTOGRAPHIC' is not one of SCIENTIFIC, DOCUMENTARY, LITERARY"),
				Arguments.of("liaison-kz", "/offers", offer.replace("\"materialType\":\"DOCUMENTARY\",", ""), 400,
						"materialType is required"),
				Arguments.of("liaison-kz", "/offers", offer.replace("F. 5, inv. 1, file 12", " "), 400,
						"reference is required"),
				Arguments.of("liaison-kz", "/offers", offer.replace("F. 5, inv. 1, file 12", "x".repeat(301)), 400,
						"reference is longer than 300"),
				Arguments.of("liaison-kz", "/offers", offer.replace("\"title\"", "\"name\""), 400,
						"unknown field 'name'"),
				Arguments.of("liaison-kz", "/offers", offer("KZ", "AZ"), 409, "Azerbaijan does not participate"),
				Arguments.of("liaison-kz", "{calendar}/offers", offer, 409,
						"is an initiative of kind CULTURAL_CALENDAR"),
				Arguments.of("liaison-kz", "{unknown}/offers", offer, 422, "no initiative"),
				Arguments.of("liaison-uz", "/requests", "", 400, "body"),
				Arguments.of("liaison-uz", "/copies/" + unknown + "/approve", "{\"country\":\"UZ\"}", 404, unknown),
				Arguments.of("liaison-uz", "/copies/not-a-uuid/approve", "{\"country\":\"UZ\"}", 400, ""),
				Arguments.of("liaison-kz", "/copies/{c}/approve", "{}", 400, "country is required"),
				Arguments.of("liaison-kz", "/copies/{c}/approve", "{\"country\":\"KZ\"}", 403,
						"only Uzbekistan's liaison may approve the copy of 'Correspondence of the 1920s'"),
				Arguments.of("liaison-uz", "{calendar}/copies/{c}/approve", "{\"country\":\"UZ\"}", 404, ""),
				Arguments.of("liaison-kz", "/copies/{c}/transfer",
						"{\"country\":\"KZ\",\"checksum\":\"12ab\",\"medium\":\"DIGITAL_TRANSFER\"}", 400,
						"'12ab' is 4 characters long"),
				Arguments.of("liaison-kz", "/copies/{c}/transfer",
						"{\"country\":\"KZ\",\"checksum\":\"" + SENT + "\",\"medium\":\"CARRIER_PIGEON\"}", 400,
						"'CARRIER_PIGEON' is not one of DIGITAL_TRANSFER, PHYSICAL_MEDIA"),
				Arguments.of("liaison-kz", "/copies/{c}/transfer", "{\"country\":\"KZ\",\"checksum\":\"" + SENT + "\"}",
						400, "medium is required"),
				Arguments.of("liaison-kz", "/copies/{c}/transfer",
						"{\"country\":\"KZ\",\"checksum\":\"" + SENT + "\",\"medium\":\"PHYSICAL_MEDIA\"}", 409,
						"is OFFERED; it can be transferred only once APPROVED"),
				Arguments.of("liaison-uz", "/copies/{c}/confirm-receipt",
						"{\"country\":\"UZ\",\"checksum\":\"" + SENT + "\"}", 409,
						"is OFFERED; its receipt can be confirmed only once TRANSFERRED"),
				Arguments.of("liaison-kz", "/copies/{c}/withdraw", "{\"country\":\"KZ\"}", 400, "reason is required"),
				Arguments.of("liaison-uz", "/copies/{c}/withdraw", "{\"country\":\"UZ\",\"reason\":\"no\"}", 403,
						"only Kazakhstan's liaison may withdraw the copy"),
				Arguments.of("liaison-kz", "/copies/{c}/withdraw", "{\"country\":\"UZ\",\"reason\":\"no\"}", 403,
						"only Uzbekistan's liaison may withdraw a copy for Uzbekistan; 'liaison-kz' is Kazakhstan's"),
				Arguments.of("liaison-kg", "/copies/{c}/decline", "{\"country\":\"KG\",\"reason\":\"no\"}", 403,
						"only Uzbekistan's liaison may decline the copy"));
	}

	@ParameterizedTest(name = "{0}: {1} -> {3}")
	@MethodSource("badRequests")
	void badInputGetsAProblemAndStoresNothing(String user, String where, String body, int status, String detail) {
		String resolved = where.startsWith("{calendar}")
				? "/api/initiatives/" + calendar + "/archive-exchange" + where.substring("{calendar}".length())
				: where.startsWith("{unknown}") ? "/api/initiatives/" + UUID.randomUUID() + "/archive-exchange"
						+ where.substring("{unknown}".length()) : path(where);
		refused(user, "POST", resolved.replace("{c}", offeredCopy), body, status, detail);
	}

	@Test
	void openApiDocumentsTheExchange() {
		JsonNode paths = http.get().uri("/v3/api-docs").retrieve().body(JsonNode.class).get("paths");
		assertThat(paths.has("/api/initiatives/{initiativeId}/archive-exchange/offers")).isTrue();
		assertThat(paths.has("/api/initiatives/{initiativeId}/archive-exchange/copies/{copyId}/confirm-receipt"))
			.isTrue();
	}

}
