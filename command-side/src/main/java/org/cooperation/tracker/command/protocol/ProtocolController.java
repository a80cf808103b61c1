package org.cooperation.tracker.command.protocol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.command.concurrency.CreatesRecord;
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.AgreeDirection;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;
import org.cooperation.tracker.kernel.protocol.RecordSignature;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The secretariat records protocols, their signatures and directions. */
@RestController
@RequestMapping("/api/protocols")
@Tag(name = "Protocols")
@RequiredArgsConstructor
class ProtocolController {

	/** A meeting's party list is short; more than this is not a party list. */
	static final int MAX_PARTIES = Country.COUNT;

	static final int MAX_DIRECTIONS = 50;

	private final CommandGateway commands;

	@CreatesRecord
	@PostMapping
	@Operation(operationId = "recordProtocol", summary = "Record a protocol with its parties and agreed directions")
	ResponseEntity<ProtocolCreated> record(@RequestBody RecordProtocolRequest body) {
		Checks.required(body, "body");
		List<Party> parties = Checks.required(body.parties(), "parties");
		if (parties.size() > MAX_PARTIES) {
			throw new InvalidValueException("at most " + MAX_PARTIES + " parties, not " + parties.size());
		}
		List<DirectionRequest> directionBodies = (body.directions() != null) ? body.directions() : List.of();
		if (directionBodies.size() > MAX_DIRECTIONS) {
			throw new InvalidValueException("at most " + MAX_DIRECTIONS + " directions, not " + directionBodies.size());
		}
		List<AgreedDirection> directions = new ArrayList<>();
		for (DirectionRequest direction : directionBodies) {
			Checks.required(direction, "direction");
			directions
				.add(new AgreedDirection(DirectionId.random(), Checks.required(direction.title(), "direction title")));
		}
		for (Party party : parties) {
			Checks.required(party, "party");
		}
		ProtocolId id = ProtocolId.random();
		commands.sendAndWait(new RecordProtocol(id, body.number(), body.meetingDate(), body.place(),
				body.meetingTitle(), parties, directions));
		return Requests.created("/api/protocols/" + id,
				new ProtocolCreated(id.value(), directions.stream().map((d) -> d.directionId().value()).toList()));
	}

	@PostMapping("/{protocolId}/directions")
	@Operation(summary = "Add an agreed direction of cooperation to a protocol")
	ResponseEntity<DirectionCreated> agreeDirection(@PathVariable UUID protocolId, @RequestBody DirectionRequest body) {
		Checks.required(body, "body");
		DirectionId id = DirectionId.random();
		commands.sendAndWait(new AgreeDirection(new ProtocolId(protocolId), id, body.title()));
		return Requests.created("/api/protocols/" + protocolId + "/directions/" + id, new DirectionCreated(id.value()));
	}

	@PostMapping("/{protocolId}/signatures")
	@Operation(operationId = "recordSignature", summary = "Record that a party signed the protocol")
	ResponseEntity<SignatureRecorded> sign(@PathVariable UUID protocolId, @RequestBody SignatureRequest body) {
		Checks.required(body, "body");
		Country country = Country.fromCode(body.country());
		commands.sendAndWait(new RecordSignature(new ProtocolId(protocolId), country, body.signatory(), body.position(),
				body.signedOn()));
		return Requests.created("/api/protocols/" + protocolId + "/signatures/" + country,
				new SignatureRecorded(protocolId, country));
	}

	/**
	 * @param number the protocol's number, omitted or null when not known
	 * @param meetingDate the day of the meeting
	 * @param place where it was held
	 * @param meetingTitle the meeting's title in kk, ru and/or en
	 * @param parties the party list: country, role, designatedSignatory (optional)
	 * @param directions the directions agreed, each with a title
	 */
	record RecordProtocolRequest(@Schema(maxLength = Checks.MAX_LINE_LENGTH) String number,
			@Schema(requiredMode = REQUIRED) LocalDate meetingDate,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Tashkent") String place,
			@Schema(requiredMode = REQUIRED) LocalizedText meetingTitle,
			@ArraySchema(maxItems = MAX_PARTIES, arraySchema = @Schema(requiredMode = REQUIRED)) List<Party> parties,
			@ArraySchema(maxItems = MAX_DIRECTIONS) List<DirectionRequest> directions) {
	}

	record DirectionRequest(@Schema(requiredMode = REQUIRED) LocalizedText title) {
	}

	record SignatureRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH) String signatory,
			@Schema(maxLength = Checks.MAX_LINE_LENGTH) String position,
			@Schema(requiredMode = REQUIRED) LocalDate signedOn) {
	}

	record ProtocolCreated(UUID protocolId, List<UUID> directionIds) {
	}

	record DirectionCreated(UUID directionId) {
	}

	record SignatureRecorded(UUID protocolId, Country country) {
	}

}
