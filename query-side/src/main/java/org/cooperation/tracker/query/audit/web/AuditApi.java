package org.cooperation.tracker.query.audit.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.audit.EventHistory;
import org.cooperation.tracker.query.audit.StoredEvent;
import org.cooperation.tracker.query.web.ProblemResponses;

/** The stored event history, for auditors only (the security rules keep /api/audit). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event history as stored (role AUDITOR)")
@RequiredArgsConstructor
class AuditApi {

	private final EventHistory history;

	private final HistoryDownloads downloads;

	/**
	 * @param events this page's events, in store order
	 * @param next the {@code after} that asks for the next page; null on the last page
	 */
	record EventPage(List<StoredEvent> events, Long next) {
	}

	@GetMapping("/events")
	@Operation(summary = "Stored events after a position, with their metadata, page by page, filtered")
	@ProblemResponses
	EventPage events(@ParameterObject HistoryAsked asked) {
		int limit = asked.pageLimit();
		List<StoredEvent> events = history.after(asked.filter(), asked.position(), limit);
		Long next = events.size() < limit ? null : events.get(events.size() - 1).globalIndex();
		return new EventPage(events, next);
	}

	@GetMapping("/events.ndjson")
	@Operation(summary = "Every stored event of the filter after a position, streamed as NDJSON (one event per line)")
	@ProblemResponses
	void ndjson(@ParameterObject HistoryAsked asked, HttpServletResponse response) throws IOException {
		downloads.ndjson(asked, response);
	}

	@GetMapping("/events.csv")
	@Operation(summary = "Every stored event of the filter after a position, streamed as CSV (UTF-8 with BOM)")
	@ProblemResponses
	void csv(@ParameterObject HistoryAsked asked, HttpServletResponse response) throws IOException {
		downloads.csv(asked, response);
	}

}
