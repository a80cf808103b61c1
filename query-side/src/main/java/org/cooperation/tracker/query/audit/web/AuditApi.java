package org.cooperation.tracker.query.audit.web;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.query.web.ProblemResponses;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.query.audit.EventHistory;
import org.cooperation.tracker.query.audit.StoredEvent;

/** The stored event history, for auditors only. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The event history as stored (role AUDITOR)")
@RequiredArgsConstructor
class AuditApi {

	static final int MAX_PAGE = 500;

	private final EventHistory history;

	/**
	 * @param events this page's events, in store order
	 * @param next the {@code after} that asks for the next page; null on the last page
	 */
	record EventPage(List<StoredEvent> events, Long next) {
	}

	@GetMapping("/events")
	@Operation(summary = "Stored events after a position, with their metadata, page by page")
	@ProblemResponses
	EventPage events(
			@Parameter(description = "global index to start after; 0 for the beginning") @RequestParam(
					defaultValue = "0") long after,
			@Parameter(description = "events per page, 1 to " + MAX_PAGE) @RequestParam(defaultValue = "100") int limit,
			@Parameter(description = "only this record's events") @RequestParam(required = false) String aggregateId) {
		if (after < 0) {
			throw new InvalidValueException("after is a position in the store: 0 or more, not " + after);
		}
		if (limit < 1 || limit > MAX_PAGE) {
			throw new InvalidValueException("limit must be between 1 and " + MAX_PAGE + ", not " + limit);
		}
		if (aggregateId != null && (aggregateId.isBlank() || aggregateId.length() > 255)) {
			throw new InvalidValueException("aggregateId must be 1 to 255 characters");
		}
		List<StoredEvent> events = history.after(after, limit, aggregateId);
		Long next = events.size() < limit ? null : events.get(events.size() - 1).globalIndex();
		return new EventPage(events, next);
	}

}
