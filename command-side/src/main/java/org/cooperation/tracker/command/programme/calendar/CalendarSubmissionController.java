package org.cooperation.tracker.command.programme.calendar;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarSubmission;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarSubmission;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A liaison submits their country's events to the cultural calendar, resubmits a returned
 * one or withdraws one; the secretariat includes or returns submitted events.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/calendar/submissions")
@Tag(name = "Cultural calendar")
class CalendarSubmissionController extends CommandController {

	@CreatesRecord
	@PostMapping
	@Operation(operationId = "submitCalendarEvent",
			summary = "Submit one of a country's cultural events for an edition of the calendar",
			description = "The initiative must be a CULTURAL_CALENDAR initiative and the country one of its "
					+ "participants. The event must take place in the edition year, wholly or in part.")
	ResponseEntity<SubmissionAnswer> submit(@PathVariable UUID initiativeId, @RequestBody SubmissionRequest body) {
		Country country = Country.fromCode(body.country());
		EditionYear year = new EditionYear(Checks.required(body.editionYear(), "editionYear"));
		CalendarSubmissionId id = CalendarSubmissionId.random();
		return create(new SubmitCalendarEvent(id, new InitiativeId(initiativeId), country, year, body.event()),
				"/api/initiatives/" + initiativeId + "/calendar/submissions/" + id,
				new SubmissionAnswer(id.value(), SubmissionState.SUBMITTED));
	}

	@PutMapping("/{submissionId}/decision")
	@Operation(operationId = "decideOnCalendarSubmission",
			summary = "Include a submitted event in the calendar, or return it to its country with a reason")
	SubmissionAnswer decide(@PathVariable UUID initiativeId, @PathVariable UUID submissionId,
			@RequestBody DecisionRequest body) {
		return answer(new DecideOnCalendarSubmission(new CalendarSubmissionId(submissionId),
				new InitiativeId(initiativeId), body.decision(), body.reason()), submissionId, body.decision());
	}

	@PutMapping("/{submissionId}")
	@Operation(operationId = "resubmitCalendarEvent",
			summary = "Correct a returned submission and submit it again (by its own country)",
			description = "The corrected event replaces the returned one and awaits a new decision; the edition year "
					+ "stays that of the submission.")
	SubmissionAnswer resubmit(@PathVariable UUID initiativeId, @PathVariable UUID submissionId,
			@RequestBody ResubmissionRequest body) {
		return answer(new ResubmitCalendarEvent(new CalendarSubmissionId(submissionId), new InitiativeId(initiativeId),
				Country.fromCode(body.country()), body.event()), submissionId, SubmissionState.SUBMITTED);
	}

	@PostMapping("/{submissionId}/withdrawal")
	@Operation(operationId = "withdrawCalendarSubmission",
			summary = "Withdraw a submission (by its own country) in any state but WITHDRAWN",
			description = "An included event leaves the calendar and its feed. Withdrawal is final.")
	SubmissionAnswer withdraw(@PathVariable UUID initiativeId, @PathVariable UUID submissionId,
			@RequestBody WithdrawalRequest body) {
		return answer(new WithdrawCalendarSubmission(new CalendarSubmissionId(submissionId),
				new InitiativeId(initiativeId), Country.fromCode(body.country()), body.reason()), submissionId,
				SubmissionState.WITHDRAWN);
	}

	/** Sends a change to a submission and answers the state it leaves it in. */
	private SubmissionAnswer answer(Object command, UUID submissionId, SubmissionState state) {
		commands.sendAndWait(command);
		return new SubmissionAnswer(submissionId, state);
	}

	private static CulturalEvent event(LocalizedText title, CulturalEventType type, String city, LocalDate startDate,
			LocalDate endDate, String organiser, String link, LocalizedText description) {
		return new CulturalEvent(title, type, city, startDate, endDate, organiser,
				(link != null) ? EvidenceLink.of(link) : null, description);
	}

	/**
	 * @param country the submitting country (ISO alpha-2, any case)
	 * @param editionYear the edition the event is for
	 * @param title its name in kk, ru and/or en
	 * @param type FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY or OTHER
	 * @param city where it is held
	 * @param startDate its first day
	 * @param endDate its last day (the same as startDate for a one-day event)
	 * @param organiser who organises it
	 * @param link its web page (http or https), optional
	 * @param description more about it, optional
	 */
	record SubmissionRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED, minimum = "" + EditionYear.EARLIEST, maximum = "" + EditionYear.LATEST,
					example = "2026") Integer editionYear,
			@Schema(requiredMode = REQUIRED) LocalizedText title,
			@Schema(requiredMode = REQUIRED) CulturalEventType type,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Turkistan") String city,
			@Schema(requiredMode = REQUIRED) LocalDate startDate,
			@Schema(requiredMode = REQUIRED,
					description = "the same as startDate or later, at most " + CulturalEvent.MAX_DAYS
							+ " days in all") LocalDate endDate,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH) String organiser,
			@Schema(maxLength = EvidenceLink.MAX_LENGTH, format = "uri") String link, LocalizedText description) {

		CulturalEvent event() {
			return CalendarSubmissionController.event(title, type, city, startDate, endDate, organiser, link,
					description);
		}

	}

	/**
	 * The corrected event; the edition year is not repeated.
	 *
	 * @param country the submission's own country, acting
	 */
	record ResubmissionRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED) LocalizedText title,
			@Schema(requiredMode = REQUIRED) CulturalEventType type,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Turkistan") String city,
			@Schema(requiredMode = REQUIRED) LocalDate startDate,
			@Schema(requiredMode = REQUIRED,
					description = "the same as startDate or later, at most " + CulturalEvent.MAX_DAYS
							+ " days in all") LocalDate endDate,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH) String organiser,
			@Schema(maxLength = EvidenceLink.MAX_LENGTH, format = "uri") String link, LocalizedText description) {

		CulturalEvent event() {
			return CalendarSubmissionController.event(title, type, city, startDate, endDate, organiser, link,
					description);
		}

	}

	/**
	 * @param decision INCLUDED or RETURNED
	 * @param reason why it is returned (required then); a note on an inclusion otherwise
	 */
	record DecisionRequest(@Schema(requiredMode = REQUIRED, implementation = String.class, allowableValues = {
			"INCLUDED", "RETURNED" }) SubmissionState decision,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH, description = "required when the decision is RETURNED",
					example = "Не указан сайт организатора") String reason){
	}

	/**
	 * @param country the submission's own country, acting
	 * @param reason why, optional
	 */
	record WithdrawalRequest(@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION,
			pattern = Country.CODE_PATTERN, example = "KZ") String country,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String reason) {
	}

	record SubmissionAnswer(UUID submissionId, SubmissionState state) {
	}

}
