package org.cooperation.tracker.query.ledger.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.ledger.Finding;
import org.cooperation.tracker.query.ledger.HistoryVerifier;
import org.cooperation.tracker.query.ledger.LedgerQueries;
import org.cooperation.tracker.query.ledger.LedgerQueries.ConsistencyProof;
import org.cooperation.tracker.query.ledger.LedgerQueries.InclusionProof;
import org.cooperation.tracker.query.web.ProblemResponses;

/**
 * The verifiable history for auditors: signed checkpoints (C2SP signed notes, plain
 * text), the key that verifies them, and RFC 9162 proofs as JSON with base64 hashes.
 */
@RestController
@RequestMapping("/api/audit/ledger")
@Tag(name = "Verifiable history", description = "Checkpoints and Merkle proofs of the event history (role AUDITOR)")
@RequiredArgsConstructor
class LedgerApi {

	static final String NDJSON = "application/x-ndjson";

	private final LedgerQueries ledger;

	@GetMapping(path = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The latest signed checkpoint (C2SP tlog-checkpoint in a signed note)")
	@ProblemResponses
	String latestCheckpoint() {
		return ledger.latestCheckpoint();
	}

	@GetMapping(path = "/checkpoints/{size}", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The checkpoint signed at a tree size")
	@ProblemResponses
	String checkpoint(@Parameter(description = "tree size") @PathVariable long size) {
		return ledger.checkpoint(size);
	}

	@GetMapping(path = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "The checkpoints' verifier key (name+keyid+base64 key)")
	@ProblemResponses
	String key() {
		return ledger.verifierKey() + "\n";
	}

	@GetMapping("/inclusion")
	@Operation(summary = "Inclusion proof of an event, by global position or event id, in a tree size")
	@ProblemResponses
	InclusionProof inclusion(
			@Parameter(description = "the event's global position") @RequestParam(required = false) Long position,
			@Parameter(description = "the event's identifier") @RequestParam(required = false) String eventId,
			@Parameter(description = "tree size; the latest when left out") @RequestParam(required = false) Long size) {
		if ((position == null) == (eventId == null)) {
			throw new InvalidValueException("name the event by position or by eventId, one of the two",
					Phrase.of("ledger.detail.positionOrEventId"));
		}
		return (position != null) ? ledger.inclusionAt(position, size) : ledger.inclusionOf(eventId, size);
	}

	/**
	 * @param intact whether nothing was found
	 * @param eventsRead events in the event table
	 * @param treeSize the sealed tree's size
	 * @param unsealed events not sealed yet (not a fault)
	 * @param rootHash the sealed root, base64
	 * @param findings every change found, by position (-1: the tree as a whole)
	 */
	record Verification(boolean intact, long eventsRead, long treeSize, long unsealed, String rootHash,
			List<Finding> findings) {
	}

	@GetMapping("/verification")
	@Operation(summary = "Recomputes the tree from the event table and reports every change since sealing")
	@ProblemResponses
	Verification verification() throws SQLException {
		HistoryVerifier.Report report = ledger.verification();
		return new Verification(report.intact(), report.eventsRead(), report.treeSize(), report.unsealed(),
				report.rootHash(), report.findings());
	}

	@GetMapping(path = "/export.ndjson", produces = NDJSON)
	@Operation(summary = "The sealed leaves with their events, one JSON object a line, for the offline verifier")
	@ProblemResponses
	void export(@Parameter(description = "leaves to export; all sealed when left out") @RequestParam(
			required = false) Long size, HttpServletResponse response) throws SQLException, IOException {
		long leaves = ledger.exportSize(size);
		response.setContentType(NDJSON);
		response.setCharacterEncoding("UTF-8");
		ledger.export(leaves, response.getOutputStream());
	}

	@GetMapping("/consistency")
	@Operation(summary = "Consistency proof between two tree sizes")
	@ProblemResponses
	ConsistencyProof consistency(@Parameter(description = "the smaller tree size") @RequestParam long from,
			@Parameter(description = "the larger tree size") @RequestParam long to) {
		return ledger.consistency(from, to);
	}

}
