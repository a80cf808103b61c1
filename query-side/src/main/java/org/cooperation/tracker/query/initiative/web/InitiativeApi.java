package org.cooperation.tracker.query.initiative.web;

import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.initiative.InitiativeSummary;
import org.cooperation.tracker.query.initiative.ProgressReportView;
import org.cooperation.tracker.query.matrix.StatusMatrix;

/** Initiatives and where each country stands on them. */
@RestController
@RequestMapping("/api")
@Tag(name = "Initiatives", description = "Initiatives and each participating country's status and progress")
class InitiativeApi extends RecordApi<InitiativeQueries> {

	private final StatusMatrixReads matrices;

	InitiativeApi(InitiativeQueries queries, StatusMatrixReads matrices, VersionEtag etags) {
		super(queries, etags);
		this.matrices = matrices;
	}

	@GetMapping("/status-matrix")
	@Operation(summary = "Every initiative against every participating country",
			description = "Cells exist only for participating countries. Cells marked sample hold demo data.")
	StatusMatrix statusMatrix() {
		return matrices.matrix(MatrixFilter.ALL);
	}

	@GetMapping("/initiatives")
	@Operation(summary = "All initiatives, in the order they were proposed")
	ResponseEntity<List<InitiativeSummary>> initiatives(PageAsked pageAsked, HttpServletRequest request) {
		return pageAsked.paging().answer(queries.initiatives(), request);
	}

	@GetMapping("/initiatives/{initiativeId}")
	@Operation(summary = "One initiative with each participant's standing and its full history, oldest first",
			description = "The ETag guards status changes and progress reports sent to the command side.")
	@RecordResponses
	ResponseEntity<InitiativeDetail> initiative(@PathVariable UUID initiativeId) {
		return etags.answer(queries.initiative(initiativeId));
	}

	@GetMapping("/initiatives/{initiativeId}/progress-reports/{reportId}")
	@Operation(summary = "One progress report filed on an initiative")
	@ProblemResponses
	ProgressReportView progressReport(@PathVariable UUID initiativeId, @PathVariable UUID reportId) {
		return queries.progressReport(initiativeId, reportId);
	}

}
