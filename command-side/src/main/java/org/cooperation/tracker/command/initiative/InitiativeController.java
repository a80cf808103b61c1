package org.cooperation.tracker.command.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.command.concurrency.CreatesRecord;
import org.cooperation.tracker.command.web.CommandController;
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The secretariat proposes initiatives; a liaison moves their country's status and files
 * progress reports.
 */
@RestController
@RequestMapping("/api/initiatives")
@Tag(name = "Initiatives")
class InitiativeController extends CommandController {

	@CreatesRecord
	@PostMapping
	@Operation(operationId = "proposeInitiative",
			summary = "Propose an initiative under a protocol and one of its directions")
	ResponseEntity<InitiativeCreated> propose(@RequestBody ProposeInitiativeRequest body) {
		Checks.required(body, "body");
		Set<Country> participants = Requests.distinctCountries(Checks.required(body.participants(), "participants"),
				"participant", "participants");
		InitiativeId id = InitiativeId.random();
		commands.sendAndWait(new ProposeInitiative(id, new ProtocolId(Checks.required(body.protocolId(), "protocolId")),
				new DirectionId(Checks.required(body.directionId(), "directionId")), body.kind(), body.title(),
				body.description(), (body.proposedBy() != null) ? Country.fromCode(body.proposedBy()) : null,
				participants));
		return Requests.created("/api/initiatives/" + id, new InitiativeCreated(id.value()));
	}

	@PutMapping("/{initiativeId}/countries/{country}/status")
	@Operation(summary = "Move a country's participation status, with the date it took effect")
	StatusChanged changeStatus(@PathVariable UUID initiativeId, @PathVariable String country,
			@RequestBody StatusChangeRequest body) {
		Checks.required(body, "body");
		Country participant = Country.fromCode(country);
		commands.sendAndWait(new ChangeParticipationStatus(new InitiativeId(initiativeId), participant, body.status(),
				body.effectiveOn(), body.note(), Requests.evidence(body.evidence())));
		return new StatusChanged(initiativeId, participant, body.status(), body.effectiveOn());
	}

	@PostMapping("/{initiativeId}/countries/{country}/progress-reports")
	@Operation(summary = "File a country's progress report (percent 0-100, note, evidence links)")
	ResponseEntity<ReportFiled> fileProgressReport(@PathVariable UUID initiativeId, @PathVariable String country,
			@RequestBody ProgressReportRequest body) {
		Checks.required(body, "body");
		Country reporter = Country.fromCode(country);
		ProgressPercent percent = new ProgressPercent(Checks.required(body.percent(), "percent"));
		LocalDate asOf = orToday(body.asOf());
		ProgressReportId reportId = ProgressReportId.random();
		commands.sendAndWait(new FileProgressReport(new InitiativeId(initiativeId), reportId, reporter, percent, asOf,
				body.note(), Requests.evidence(body.evidence())));
		return Requests.created("/api/initiatives/" + initiativeId + "/progress-reports/" + reportId,
				new ReportFiled(reportId.value(), initiativeId, reporter, percent.value(), asOf));
	}

	/*
	 * The constraints documented on the request bodies name the constants the commands
	 * check with, so the OpenAPI document says what the code enforces.
	 */

	record ProposeInitiativeRequest(@Schema(requiredMode = REQUIRED) UUID protocolId,
			@Schema(requiredMode = REQUIRED) UUID directionId, @Schema(requiredMode = REQUIRED) InitiativeKind kind,
			@Schema(requiredMode = REQUIRED) LocalizedText title, LocalizedText description,
			@Schema(description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String proposedBy,
			@ArraySchema(minItems = 1, maxItems = Country.COUNT, uniqueItems = true,
					schema = @Schema(description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
							example = "KG"),
					arraySchema = @Schema(requiredMode = REQUIRED)) List<String> participants) {
	}

	record StatusChangeRequest(@Schema(requiredMode = REQUIRED) ParticipationStatus status,
			@Schema(requiredMode = REQUIRED) LocalDate effectiveOn,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note,
			@ArraySchema(maxItems = EvidenceLink.MAX_PER_RECORD, schema = @Schema(maxLength = EvidenceLink.MAX_LENGTH,
					format = "uri", example = "https://example.org/order")) List<String> evidence) {
	}

	/**
	 * @param percent how far the country has got, 0 to 100
	 * @param asOf the day the figure describes; today when omitted
	 * @param note what was done
	 * @param evidence links that back it
	 */
	record ProgressReportRequest(
			@Schema(requiredMode = REQUIRED, minimum = "" + ProgressPercent.MIN,
					maximum = "" + ProgressPercent.MAX) Integer percent,
			LocalDate asOf, @Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note,
			@ArraySchema(maxItems = EvidenceLink.MAX_PER_RECORD, schema = @Schema(maxLength = EvidenceLink.MAX_LENGTH,
					format = "uri", example = "https://example.org/report")) List<String> evidence) {
	}

	record InitiativeCreated(UUID initiativeId) {
	}

	record StatusChanged(UUID initiativeId, Country country, ParticipationStatus status, LocalDate effectiveOn) {
	}

	record ReportFiled(UUID reportId, UUID initiativeId, Country country, int percent, LocalDate asOf) {
	}

}
