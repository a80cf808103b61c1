package org.cooperation.tracker.query.programme.calendar.web;

import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.Paging;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.programme.calendar.CalendarQueries;
import org.cooperation.tracker.query.programme.calendar.SubmissionView;

/**
 * The cultural calendar of an initiative: editions, submissions and the iCalendar feed.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/calendar")
@Tag(name = "Cultural calendar", description = "Events the countries submitted, by edition year, and the feed")
class CalendarApi extends RecordApi<CalendarQueries> {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarDownloads downloads;

	CalendarApi(CalendarQueries queries, VersionEtag etags, CalendarDownloads downloads) {
		super(queries, etags);
		this.downloads = downloads;
	}

	@GetMapping("/{year}")
	@Operation(summary = "One edition of the calendar across countries",
			description = "By default the published calendar: INCLUDED events only. state=SUBMITTED (repeatable, or "
					+ "ALL) shows submissions in other states. month selects events that take place at least in part "
					+ "in that month of the edition year.")
	@ProblemResponses
	ResponseEntity<CalendarEdition> edition(@PathVariable UUID initiativeId,
			@Parameter(description = "the edition year", example = "2026") @PathVariable int year,
			@Parameter(description = "ISO 3166-1 alpha-2, any case",
					example = "KZ") @RequestParam(required = false) String country,
			@Parameter(description = "1-12", example = "6") @RequestParam(required = false) Integer month,
			@Parameter(
					description = "FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY or OTHER") @RequestParam(
							required = false) String type,
			@Parameter(
					description = "SUBMITTED, INCLUDED, RETURNED, WITHDRAWN or ALL; INCLUDED when omitted") @RequestParam(
							required = false) List<String> state,
			PageAsked pageAsked, HttpServletRequest request) {
		// asked first, as before: a wrong page is refused before the filter is read
		Paging paging = pageAsked.paging();
		CalendarEdition edition = queries.edition(initiativeId, year, CalendarFilter.of(country, month, type, state));
		return paging.answer(edition.events(), (events) -> new CalendarEdition(edition.initiativeId(),
				edition.initiativeTitle(), edition.year(), edition.filter(), edition.editions(), events), request);
	}

	@GetMapping(path = "/{year}.ics", produces = "text/calendar")
	@Operation(summary = "The edition's included events as an iCalendar (RFC 5545) feed",
			description = "All-day events; subscribe to it from any calendar application. Filters as for the "
					+ "edition, but only INCLUDED events are ever published.")
	@ApiResponse(responseCode = "200", description = "The feed",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> feed(@PathVariable UUID initiativeId, @PathVariable int year,
			@RequestParam(required = false) String country, @RequestParam(required = false) Integer month,
			@RequestParam(required = false) String type) {
		CalendarEdition edition = queries.edition(initiativeId, year, CalendarFilter.published(country, month, type));
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"cultural-calendar-" + year + ".ics\"")
			.body(ICalendarWriter.write(edition));
	}

	@GetMapping("/submissions")
	@Operation(summary = "Every submission to the calendar, in any state, in the order submitted")
	@ProblemResponses
	ResponseEntity<List<CalendarEventView>> submissions(@PathVariable UUID initiativeId, PageAsked pageAsked,
			HttpServletRequest request) {
		return pageAsked.paging().answer(queries.submissions(initiativeId), request);
	}

	@GetMapping("/submissions.csv")
	@Operation(summary = "Every submission to the calendar as CSV, a line per submission, as the JSON list has them")
	@CsvResponses
	void submissionsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.submissions(initiativeId, response);
	}

	@GetMapping("/submissions/{submissionId}")
	@Operation(summary = "One submission with every change it went through",
			description = "The ETag guards decisions, resubmissions and withdrawals sent to the command side.")
	@RecordResponses
	ResponseEntity<SubmissionView> submission(@PathVariable UUID initiativeId, @PathVariable UUID submissionId) {
		return etags.answer(queries.submission(initiativeId, submissionId));
	}

}
