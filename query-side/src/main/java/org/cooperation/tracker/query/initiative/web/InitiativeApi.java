package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;

import org.cooperation.tracker.query.web.CsvDownload;
import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.common.Moment;
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

	private final Clock clock = Clock.systemUTC();

	private final MatrixTable table;

	InitiativeApi(InitiativeQueries queries, StatusMatrixReads matrices, VersionEtag etags, Display show,
			FigureWords figures) {
		super(queries, etags);
		this.matrices = matrices;
		this.table = new MatrixTable(show, figures);
	}

	@GetMapping("/status-matrix")
	@Operation(summary = "Every initiative against every participating country, now or at a moment of the past",
			description = "Cells exist only for participating countries. Cells marked sample hold demo data. "
					+ "With asOf (an instant, such as 2026-03-01T12:00:00Z) the matrix as the tracker had recorded "
					+ "it by then; with effectiveOn (a day, such as 2026-02-15) the matrix as the status changes "
					+ "were in effect that day, including changes recorded later. The answer's moment says which "
					+ "axis it uses. A past matrix's cells carry no figures of the kinds' own records.")
	@ApiResponse(responseCode = "200", description = "OK",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = StatusMatrix.class)))
	ResponseEntity<byte[]> statusMatrix(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String effectiveOn) {
		// The bytes kept until the read models change: the same JSON as the StatusMatrix.
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(matrices.matrixJson(MatrixFilter.ALL, new MomentAsked(asOf, effectiveOn).moment(clock)));
	}

	@GetMapping("/status-matrix.csv")
	@Operation(summary = "The status matrix as CSV: a line per initiative and participating country",
			description = "The lines the dashboard's matrix download holds, with column names that stay the same in "
					+ "every language (initiative, kind, country, country_code, status, iati, percent, "
					+ "status_since, last_recorded_utc, figures, sample); the cells are worded in the language "
					+ "asked for by Accept-Language (Kazakh when none). asOf and effectiveOn as for the JSON matrix.")
	@CsvResponses
	void statusMatrixCsv(@RequestParam(required = false) String asOf,
			@RequestParam(required = false) String effectiveOn, HttpServletResponse response) throws IOException {
		StatusMatrix matrix = matrices.matrix(MatrixFilter.ALL, new MomentAsked(asOf, effectiveOn).moment(clock));
		CsvDownload.write(response, CsvDownload.named(MatrixTable.FILE, clock), table.names(), table.lines(matrix));
	}

	@GetMapping("/initiatives")
	@Operation(summary = "All initiatives, in the order they were proposed")
	ResponseEntity<List<InitiativeSummary>> initiatives(PageAsked pageAsked, HttpServletRequest request) {
		return pageAsked.paging().answer(queries.initiatives(), request);
	}

	@GetMapping("/initiatives/{initiativeId}")
	@Operation(summary = "One initiative with each participant's standing and its full history, oldest first",
			description = "The ETag guards status changes and progress reports sent to the command side. With asOf "
					+ "(an instant) or effectiveOn (a day), the initiative as it stood then on that time axis: each "
					+ "country's standing then and the history up to then, without an ETag (a past is not written "
					+ "to).")
	@RecordResponses
	ResponseEntity<InitiativeDetail> initiative(@PathVariable UUID initiativeId,
			@RequestParam(required = false) String asOf, @RequestParam(required = false) String effectiveOn) {
		Moment moment = new MomentAsked(asOf, effectiveOn).moment(clock);
		if (moment.past()) {
			return ResponseEntity.ok(queries.initiative(initiativeId, moment));
		}
		return etags.answer(queries.initiative(initiativeId));
	}

	@GetMapping("/initiatives/{initiativeId}/progress-reports/{reportId}")
	@Operation(summary = "One progress report filed on an initiative")
	@ProblemResponses
	ProgressReportView progressReport(@PathVariable UUID initiativeId, @PathVariable UUID reportId) {
		return queries.progressReport(initiativeId, reportId);
	}

}
