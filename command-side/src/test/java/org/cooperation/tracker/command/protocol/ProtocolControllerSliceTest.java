package org.cooperation.tracker.command.protocol;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.protocol.AgreeDirection;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;
import org.cooperation.tracker.kernel.protocol.RecordSignature;

/**
 * {@link ProtocolController} in a slice: the checks of {@link CommandApiSliceTest} on its
 * writes, and its own answers and refusals that need no aggregate.
 */
@CommandApiSlice(ProtocolController.class)
class ProtocolControllerSliceTest extends CommandApiSliceTest {

	static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"First meeting"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"uz","role":"MEMBER"}],
			 "directions":[{"title":{"en":"Cultural events"}}]}""";

	static final String PROTOCOL_PATH = "/api/protocols/8a1e6a43-5c1f-4b8e-9d5e-7a0f1c2b3d4e";

	@Test
	void recordingAProtocolAnswers201WithItsLocation() {
		expectCreated(json("POST", "/api/protocols", "secretariat", PROTOCOL), "/api/protocols/", "protocolId",
				RecordProtocol.class);
	}

	@Test
	void aSignatureIsFoundUnderItsCountry() {
		expectCreated(
				json("POST", PROTOCOL_PATH + "/signatures", "secretariat",
						"{\"country\":\"tj\",\"signatory\":\"A. Signatory\",\"signedOn\":\"2025-11-14\"}"),
				PROTOCOL_PATH + "/signatures/TJ", null, RecordSignature.class);
	}

	@Test
	void aDirectionIsFoundUnderItsProtocol() {
		expectCreated(json("POST", PROTOCOL_PATH + "/directions", "secretariat", "{\"title\":{\"ru\":\"Архивы\"}}"),
				PROTOCOL_PATH + "/directions/", "directionId", AgreeDirection.class);
	}

	@Test
	void aMissingFieldAnUnknownCountryABadDateAndABadIdAreRefusedAs400() {
		expectProblem(json("POST", "/api/protocols", "secretariat", "{\"meetingDate\":\"2025-11-14\"}"), 400,
				"Invalid request", "is required");
		expectProblem(json("POST", "/api/protocols", "secretariat", PROTOCOL.replace("\"KZ\"", "\"RU\"")), 400, null,
				"'RU' is not one of");
		expectProblem(json("POST", "/api/protocols", "secretariat", PROTOCOL.replace("2025-11-14", "14.11.2025")), 400,
				null, "not a valid LocalDate");
		expectProblem(json("POST", "/api/protocols/not-a-uuid/directions", "secretariat", "{\"title\":{\"en\":\"X\"}}"),
				400, "Invalid value", "");
	}

}
