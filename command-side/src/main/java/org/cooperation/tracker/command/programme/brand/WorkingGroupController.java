package org.cooperation.tracker.command.programme.brand;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.command.concurrency.CreatesRecord;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.web.CommandController;
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.DecideOnConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.DocumentReference;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.RecallMember;
import org.cooperation.tracker.kernel.programme.brand.RecordMeeting;
import org.cooperation.tracker.kernel.programme.brand.ReplaceMember;
import org.cooperation.tracker.kernel.programme.brand.SubmitConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The brand working group of an initiative, addressed through the initiative: the
 * secretariat establishes it and records its meetings and concept drafts; a liaison
 * nominates, replaces or recalls their country's members and records its position on the
 * latest draft.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/working-group")
@Tag(name = "Brand working group")
class WorkingGroupController extends CommandController {

	@CreatesRecord
	@PostMapping
	@Operation(operationId = "establishWorkingGroup",
			summary = "Establish the working group of a BRAND_WORKING_GROUP initiative (once)")
	ResponseEntity<GroupEstablished> establish(@PathVariable UUID initiativeId,
			@RequestBody EstablishmentRequest body) {
		EstablishWorkingGroup command = new EstablishWorkingGroup(new InitiativeId(initiativeId), body.establishedOn(),
				body.note());
		return createOnce(command, "the working group of initiative " + initiativeId + " is already established",
				groupPath(initiativeId), new GroupEstablished(command.workingGroupId().value(), initiativeId));
	}

	@PostMapping("/countries/{country}/members")
	@Operation(operationId = "nominateMember",
			summary = "Nominate a person to the working group for a participating country",
			description = "At most 3 seats per country; the group has at most one CHAIR and one SECRETARY.")
	ResponseEntity<MemberSeated> nominate(@PathVariable UUID initiativeId, @PathVariable String country,
			@RequestBody NominationRequest body) {
		Country nominating = Country.fromCode(country);
		MemberId memberId = MemberId.random();
		MemberRole role = Checks.required(body.role(), "role");
		return create(initiativeId,
				new NominateMember(group(initiativeId), memberId, nominating, new Nominee(body.name(), body.position()),
						role, orToday(body.nominatedOn())),
				"/members/" + memberId, new MemberSeated(memberId.value(), nominating, role));
	}

	@PostMapping("/members/{memberId}/replacement")
	@Operation(operationId = "replaceMember", summary = "Put another person in a member's seat, for the same country")
	ResponseEntity<Successor> replace(@PathVariable UUID initiativeId, @PathVariable UUID memberId,
			@RequestBody ReplacementRequest body) {
		MemberId successor = MemberId.random();
		MemberRole role = Checks.required(body.role(), "role");
		return create(initiativeId,
				new ReplaceMember(group(initiativeId), new MemberId(memberId), successor,
						new Nominee(body.name(), body.position()), role, orToday(body.replacedOn())),
				"/members/" + successor, new Successor(successor.value(), memberId, role));
	}

	@PostMapping("/members/{memberId}/recall")
	@Operation(operationId = "recallMember", summary = "Recall a member without a successor")
	MemberLeft recall(@PathVariable UUID initiativeId, @PathVariable UUID memberId, @RequestBody RecallRequest body) {
		LocalDate on = orToday(body.recalledOn());
		send(initiativeId, new RecallMember(group(initiativeId), new MemberId(memberId), on, body.note()));
		return new MemberLeft(memberId, on);
	}

	@PostMapping("/meetings")
	@Operation(summary = "Record a meeting the working group held",
			description = "Attending countries must participate in the initiative. The minutes are optional; when "
					+ "given, both their link and their SHA-256 (64 hexadecimal characters) are required.")
	ResponseEntity<MeetingCreated> recordMeeting(@PathVariable UUID initiativeId, @RequestBody MeetingRequest body) {
		Set<Country> attending = Requests.distinctCountries(Checks.required(body.attending(), "attending"),
				"attending country", "attending countries");
		MeetingId meetingId = MeetingId.random();
		return create(initiativeId,
				new RecordMeeting(group(initiativeId), meetingId, body.heldOn(), body.place(), attending,
						body.decisions(), (body.minutes() != null) ? body.minutes().toReference("minutes") : null),
				"/meetings/" + meetingId, new MeetingCreated(meetingId.value()));
	}

	@PostMapping("/concept-drafts")
	@Operation(operationId = "submitConceptDraft",
			summary = "Put forward the next version of the concept draft (1, 2, 3, ...)")
	ResponseEntity<DraftCreated> submitDraft(@PathVariable UUID initiativeId, @RequestBody DraftRequest body) {
		DraftVersion version = new DraftVersion(Checks.required(body.version(), "version"));
		return create(initiativeId, new SubmitConceptDraft(group(initiativeId), version, body.title(),
				new DocumentRequest(body.url(), body.sha256()).toReference("draft"), orToday(body.submittedOn())),
				"/concept-drafts/" + version.value(), new DraftCreated(version.value()));
	}

	@PutMapping("/countries/{country}/concept-approval")
	@Operation(operationId = "decideOnConceptDraft",
			summary = "Record a country's position on the latest concept draft: APPROVED or WITHHELD",
			description = "Only the latest draft can be decided on; a reason (note) is required when withholding.")
	PositionRecorded decide(@PathVariable UUID initiativeId, @PathVariable String country,
			@RequestBody ApprovalRequest body) {
		Country deciding = Country.fromCode(country);
		DraftVersion version = new DraftVersion(Checks.required(body.version(), "version"));
		LocalDate on = orToday(body.decidedOn());
		send(initiativeId,
				new DecideOnConceptDraft(group(initiativeId), deciding, version, body.decision(), on, body.note()));
		return new PositionRecorded(deciding, version.value(), body.decision(), on);
	}

	/**
	 * Records something new in the group and answers 201 Created.
	 * @param within the new record's path within the group's
	 */
	private <T> ResponseEntity<T> create(UUID initiativeId, Object command, String within, T answer) {
		send(initiativeId, command);
		return Requests.created(groupPath(initiativeId) + within, answer);
	}

	/** A group not established yet is named by its initiative, not by an inner id. */
	private void send(UUID initiativeId, Object command) {
		try {
			commands.sendAndWait(command);
		}
		catch (AggregateNotFoundException ex) {
			throw new RecordNotFound("no working group is established for initiative " + initiativeId
					+ "; establish it first (POST " + groupPath(initiativeId) + ")");
		}
	}

	private static WorkingGroupId group(UUID initiativeId) {
		return WorkingGroupId.of(new InitiativeId(initiativeId));
	}

	private static String groupPath(UUID initiativeId) {
		return "/api/initiatives/" + initiativeId + "/working-group";
	}

	/**
	 * @param establishedOn the day the group was set up
	 * @param note the decision that set it up, optional
	 */
	record EstablishmentRequest(@Schema(requiredMode = REQUIRED) LocalDate establishedOn,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param name the person's name
	 * @param position their position at home
	 * @param role CHAIR, SECRETARY or MEMBER
	 * @param nominatedOn the day of the nomination; today when omitted
	 */
	record NominationRequest(
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Айгерим Садыкова") String name,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Министерство культуры и информации") String position,
			@Schema(requiredMode = REQUIRED) MemberRole role, LocalDate nominatedOn) {
	}

	/**
	 * @param name the successor's name
	 * @param position their position at home
	 * @param role CHAIR, SECRETARY or MEMBER; the leaving member's role is free for them
	 * @param replacedOn the day of the replacement; today when omitted
	 */
	record ReplacementRequest(
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Нурлан Абенов") String name,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Министерство культуры и информации") String position,
			@Schema(requiredMode = REQUIRED) MemberRole role, LocalDate replacedOn) {
	}

	/**
	 * @param recalledOn the day of the recall; today when omitted
	 * @param note why, optional
	 */
	record RecallRequest(LocalDate recalledOn, @Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param heldOn the day of the meeting
	 * @param place where (a city, or "online")
	 * @param attending the attending countries' codes
	 * @param decisions what was decided, optional
	 * @param minutes the minutes' link and SHA-256, optional
	 */
	record MeetingRequest(@Schema(requiredMode = REQUIRED) LocalDate heldOn,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Астана") String place,
			@ArraySchema(minItems = 1, maxItems = Country.COUNT, uniqueItems = true,
					schema = @Schema(description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
							example = "KZ"),
					arraySchema = @Schema(requiredMode = REQUIRED)) List<String> attending,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String decisions, DocumentRequest minutes) {
	}

	/**
	 * @param url where the document is (http or https)
	 * @param sha256 the SHA-256 of its bytes, 64 hexadecimal characters
	 */
	record DocumentRequest(
			@Schema(requiredMode = REQUIRED, maxLength = EvidenceLink.MAX_LENGTH, format = "uri",
					example = "https://example.org/minutes.pdf") String url,
			@Schema(requiredMode = REQUIRED, pattern = Sha256.REQUEST_PATTERN,
					example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {

		DocumentReference toReference(String what) {
			return new DocumentReference(EvidenceLink.of(Checks.required(url, what + " url")),
					Sha256.of(Checks.required(sha256, what + " sha256")));
		}

	}

	/**
	 * @param version the draft's version: 1 for the first, one more than the latest after
	 * that
	 * @param title its title
	 * @param url where the draft is
	 * @param sha256 the SHA-256 of its bytes
	 * @param submittedOn the day it was put forward; today when omitted
	 */
	record DraftRequest(
			@Schema(requiredMode = REQUIRED, minimum = "" + DraftVersion.MIN, maximum = "" + DraftVersion.MAX,
					example = "1") Integer version,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Концепция бренда «Культурное наследие Центральной Азии»") String title,
			@Schema(requiredMode = REQUIRED, maxLength = EvidenceLink.MAX_LENGTH, format = "uri",
					example = "https://example.org/concept-draft-1.pdf") String url,
			@Schema(requiredMode = REQUIRED, pattern = Sha256.REQUEST_PATTERN,
					example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
			LocalDate submittedOn) {
	}

	/**
	 * @param version the draft decided on, which must be the latest
	 * @param decision APPROVED or WITHHELD
	 * @param decidedOn the day of the decision; today when omitted
	 * @param note the reason, required when withholding
	 */
	record ApprovalRequest(
			@Schema(requiredMode = REQUIRED, minimum = "" + DraftVersion.MIN, maximum = "" + DraftVersion.MAX,
					example = "1") Integer version,
			@Schema(requiredMode = REQUIRED) ConceptDecision decision, LocalDate decidedOn,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH,
					description = "required when the decision is WITHHELD") String note) {
	}

	record GroupEstablished(UUID workingGroupId, UUID initiativeId) {
	}

	record MemberSeated(UUID memberId, Country country, MemberRole role) {
	}

	record Successor(UUID memberId, UUID replaced, MemberRole role) {
	}

	record MemberLeft(UUID memberId, LocalDate leftOn) {
	}

	record MeetingCreated(UUID meetingId) {
	}

	record DraftCreated(int version) {
	}

	record PositionRecorded(Country country, int version, ConceptDecision decision, LocalDate decidedOn) {
	}

}
