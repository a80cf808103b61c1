package org.cooperation.tracker.query.programme.brand.web;

import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.query.programme.brand.DraftView;
import org.cooperation.tracker.query.programme.brand.MeetingView;
import org.cooperation.tracker.query.programme.brand.MemberView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView;

/** The brand working group of an initiative. */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/working-group")
@Tag(name = "Brand working group",
		description = "Members by country, meetings, concept drafts and each country's approval of the latest draft")
class WorkingGroupApi extends RecordApi<WorkingGroupQueries> {

	private final WorkingGroupDownloads downloads;

	WorkingGroupApi(WorkingGroupQueries queries, VersionEtag etags, WorkingGroupDownloads downloads) {
		super(queries, etags);
		this.downloads = downloads;
	}

	@GetMapping
	@Operation(summary = "The working group: roster by country, meetings in date order, drafts, approval state",
			description = "approval.countries gives each participant's standing on the latest draft: APPROVED, "
					+ "WITHHELD, APPROVED_EARLIER_DRAFT (an approval of a superseded draft, which does not count "
					+ "for the latest) or NO_POSITION. The ETag guards every change of the group sent to the "
					+ "command side.")
	@RecordResponses
	ResponseEntity<WorkingGroupView> workingGroup(@PathVariable UUID initiativeId) {
		return etags.answer(queries.workingGroup(initiativeId));
	}

	@GetMapping("/members.csv")
	@Operation(summary = "Every member, present and former, as CSV: a line per member, by country as the roster has "
			+ "them")
	@CsvResponses
	void membersCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.members(initiativeId, response);
	}

	@GetMapping("/meetings.csv")
	@Operation(summary = "Every meeting as CSV, a line per meeting in date order",
			description = "attending lists the countries' alpha-2 codes separated by \"; \".")
	@CsvResponses
	void meetingsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.meetings(initiativeId, response);
	}

	@GetMapping("/concept-drafts.csv")
	@Operation(summary = "Every version of the concept draft as CSV, a line per version")
	@CsvResponses
	void draftsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.drafts(initiativeId, response);
	}

	@GetMapping("/positions.csv")
	@Operation(summary = "Every participating country's position on each draft as CSV, a line per draft and country",
			description = "A country that took no position on a draft has a line with an empty decision.")
	@CsvResponses
	void positionsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.positions(initiativeId, response);
	}

	@GetMapping("/members/{memberId}")
	@Operation(summary = "One member, present or former")
	@ProblemResponses
	MemberView member(@PathVariable UUID initiativeId, @PathVariable UUID memberId) {
		return queries.member(initiativeId, memberId);
	}

	@GetMapping("/meetings/{meetingId}")
	@Operation(summary = "One meeting")
	@ProblemResponses
	MeetingView meeting(@PathVariable UUID initiativeId, @PathVariable UUID meetingId) {
		return queries.meeting(initiativeId, meetingId);
	}

	@GetMapping("/concept-drafts/{version}")
	@Operation(summary = "One version of the concept draft")
	@ProblemResponses
	DraftView draft(@PathVariable UUID initiativeId, @PathVariable int version) {
		return queries.draft(initiativeId, version);
	}

}
