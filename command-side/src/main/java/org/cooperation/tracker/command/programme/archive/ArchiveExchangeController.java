package org.cooperation.tracker.command.programme.archive;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.command.concurrency.CreatesRecord;
import org.cooperation.tracker.command.web.CommandController;
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.archive.ApproveArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.ConfirmArchiveCopyReceipt;
import org.cooperation.tracker.kernel.programme.archive.DeclineArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.RequestArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferArchiveCopy;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.kernel.programme.archive.WithdrawArchiveCopy;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * Liaisons exchange copies of archival material: the holder offers or the receiver
 * requests, the other approves, the holder transfers with a checksum, the receiver
 * confirms it. Each body names the country acting; the copy's rules decide whether that
 * country may.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/archive-exchange")
@Tag(name = "Archive exchange")
class ArchiveExchangeController extends CommandController {

	@CreatesRecord
	@PostMapping("/offers")
	@Operation(operationId = "offerArchiveCopy",
			summary = "The holder offers a copy of archival material to another participating country")
	ResponseEntity<CopyRecorded> offer(@PathVariable UUID initiativeId, @RequestBody CopyRequest body) {
		return start(initiativeId, body, OfferArchiveCopy::new, ArchiveCopyState.OFFERED);
	}

	@CreatesRecord
	@PostMapping("/requests")
	@Operation(operationId = "requestArchiveCopy",
			summary = "The receiver asks another participating country for a copy of material it holds")
	ResponseEntity<CopyRecorded> request(@PathVariable UUID initiativeId, @RequestBody CopyRequest body) {
		return start(initiativeId, body, RequestArchiveCopy::new, ArchiveCopyState.REQUESTED);
	}

	/**
	 * An offer and a request start a copy's exchange alike; only the command and first
	 * state differ.
	 */
	private ResponseEntity<CopyRecorded> start(UUID initiativeId, CopyRequest body, CopyStart command,
			ArchiveCopyState startedAs) {
		ArchiveCopyId copyId = ArchiveCopyId.random();
		Country holder = Requests.country(body.holder(), "holder");
		Country receiver = Requests.country(body.receiver(), "receiver");
		return create(
				command.of(copyId, new InitiativeId(initiativeId), holder, receiver, body.material(), body.note()),
				"/api/initiatives/" + initiativeId + "/archive-exchange/copies/" + copyId,
				new CopyRecorded(copyId.value(), initiativeId, holder, receiver, startedAs));
	}

	/**
	 * The constructor shared by {@link OfferArchiveCopy} and {@link RequestArchiveCopy}.
	 */
	@FunctionalInterface
	private interface CopyStart {

		Object of(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
				ArchiveMaterial material, String note);

	}

	@PostMapping("/copies/{copyId}/approve")
	@Operation(operationId = "approveArchiveCopy",
			summary = "The party asked approves: the receiver an offer, the holder a request")
	CopyState approve(@PathVariable UUID initiativeId, @PathVariable UUID copyId, @RequestBody ActRequest body) {
		return act(initiativeId, copyId, body.country(), body.note(), ApproveArchiveCopy::new);
	}

	@PostMapping("/copies/{copyId}/transfer")
	@Operation(operationId = "transferArchiveCopy",
			summary = "The holder sends the approved copy, with the SHA-256 of what it sent and the medium",
			description = "Also after a CHECKSUM_MISMATCH, to send it again. sentOn defaults to today.")
	CopyState transfer(@PathVariable UUID initiativeId, @PathVariable UUID copyId, @RequestBody TransferRequest body) {
		Sha256 checksum = checksum(body.checksum());
		ArchiveCopyState state = commands.sendAndWait(new TransferArchiveCopy(new ArchiveCopyId(copyId),
				new InitiativeId(initiativeId), Requests.country(body.country(), "country"), checksum, body.medium(),
				orToday(body.sentOn()), body.note()));
		return new CopyState(copyId, initiativeId, state);
	}

	@PostMapping("/copies/{copyId}/confirm-receipt")
	@Operation(summary = "The receiver states the SHA-256 it computed over what arrived",
			description = "Equal to the holder's: the copy is RECEIVED. Different: a CHECKSUM_MISMATCH is recorded "
					+ "(200, nothing is accepted) and the holder may transfer again. receivedOn defaults to today.")
	ReceiptChecked confirmReceipt(@PathVariable UUID initiativeId, @PathVariable UUID copyId,
			@RequestBody ReceiptRequest body) {
		Sha256 checksum = checksum(body.checksum());
		ArchiveCopyState state = commands
			.sendAndWait(new ConfirmArchiveCopyReceipt(new ArchiveCopyId(copyId), new InitiativeId(initiativeId),
					Requests.country(body.country(), "country"), checksum, orToday(body.receivedOn()), body.note()));
		return new ReceiptChecked(copyId, initiativeId, state, state == ArchiveCopyState.RECEIVED);
	}

	@PostMapping("/copies/{copyId}/withdraw")
	@Operation(operationId = "withdrawArchiveCopy",
			summary = "The party that started the exchange calls it off before any transfer, with a reason")
	CopyState withdraw(@PathVariable UUID initiativeId, @PathVariable UUID copyId, @RequestBody ReasonRequest body) {
		return act(initiativeId, copyId, body.country(), body.reason(), WithdrawArchiveCopy::new);
	}

	@PostMapping("/copies/{copyId}/decline")
	@Operation(operationId = "declineArchiveCopy",
			summary = "The party asked refuses the exchange before any transfer, with a reason")
	CopyState decline(@PathVariable UUID initiativeId, @PathVariable UUID copyId, @RequestBody ReasonRequest body) {
		return act(initiativeId, copyId, body.country(), body.reason(), DeclineArchiveCopy::new);
	}

	/**
	 * Approving, withdrawing and declining name the acting country and one text (a note
	 * or a reason), and answer the copy's new state alike.
	 */
	private CopyState act(UUID initiativeId, UUID copyId, String country, String text, CopyAct command) {
		ArchiveCopyState state = commands.sendAndWait(command.of(new ArchiveCopyId(copyId),
				new InitiativeId(initiativeId), Requests.country(country, "country"), text));
		return new CopyState(copyId, initiativeId, state);
	}

	/** The constructor shared by the approval, withdrawal and decline commands. */
	@FunctionalInterface
	private interface CopyAct {

		Object of(ArchiveCopyId copyId, InitiativeId initiativeId, Country country, String text);

	}

	private static Sha256 checksum(String hex) {
		return new Sha256(Checks.required(hex, "checksum"));
	}

	/**
	 * @param holder the country whose archive holds the original (alpha-2)
	 * @param receiver the country that receives the copy (alpha-2)
	 * @param materialType SCIENTIFIC, DOCUMENTARY or LITERARY
	 * @param title the material's title in kk, ru and/or en
	 * @param reference the archive's shelf mark
	 * @param description what it contains, optional
	 * @param note a remark, optional
	 */
	record CopyRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String holder,
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "TJ") String receiver,
			@Schema(requiredMode = REQUIRED) MaterialType materialType,
			@Schema(requiredMode = REQUIRED) LocalizedText title,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Ф. 1812, оп. 1, д. 44") String reference,
			LocalizedText description, @Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {

		ArchiveMaterial material() {
			return new ArchiveMaterial(materialType, title, reference, description);
		}

	}

	/**
	 * @param country the acting country (alpha-2)
	 * @param note a remark, optional
	 */
	record ActRequest(@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION,
			pattern = Country.CODE_PATTERN, example = "TJ") String country,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param country the holder (alpha-2)
	 * @param checksum SHA-256 of the copy as sent, 64 hexadecimal characters
	 * @param medium DIGITAL_TRANSFER or PHYSICAL_MEDIA
	 * @param sentOn the day it was sent; today when omitted
	 * @param note a remark, optional
	 */
	record TransferRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED, pattern = Sha256.REQUEST_PATTERN,
					example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String checksum,
			@Schema(requiredMode = REQUIRED) TransferMedium medium, LocalDate sentOn,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param country the receiver (alpha-2)
	 * @param checksum SHA-256 the receiver computed over what arrived
	 * @param receivedOn the day it arrived and was checked; today when omitted
	 * @param note a remark, optional
	 */
	record ReceiptRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "TJ") String country,
			@Schema(requiredMode = REQUIRED, pattern = Sha256.REQUEST_PATTERN,
					example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String checksum,
			LocalDate receivedOn, @Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param country the acting country (alpha-2)
	 * @param reason why, required
	 */
	record ReasonRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_TEXT_LENGTH) String reason) {
	}

	record CopyRecorded(UUID copyId, UUID initiativeId, Country holder, Country receiver, ArchiveCopyState state) {
	}

	record CopyState(UUID copyId, UUID initiativeId, ArchiveCopyState state) {
	}

	record ReceiptChecked(UUID copyId, UUID initiativeId, ArchiveCopyState state, boolean checksumMatched) {
	}

}
