package org.cooperation.tracker.command.programme.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.ResubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarEntry;

/**
 * A liaison submits their country's events to the cultural calendar, resubmits a returned
 * one or withdraws one; the secretariat includes or returns submitted entries.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Cultural calendar")
class CalendarEntryController {

	private final CommandGateway commands;

	CalendarEntryController(CommandGateway commands) {
		this.commands = commands;
	}

	@PostMapping("/initiatives/{initiativeId}/countries/{country}/calendar-entries")
	@Operation(summary = "Submit one of the country's cultural events for an edition of the calendar",
			description = "The initiative must be a CULTURAL_CALENDAR initiative and the country one of its "
					+ "participants. The event must take place in the edition year, wholly or in part.")
	ResponseEntity<EntryState> submit(@PathVariable UUID initiativeId, @PathVariable String country,
			@RequestBody SubmissionRequest body) {
		Checks.required(body, "body");
		Country submitter = Country.fromCode(country);
		EditionYear year = new EditionYear(Checks.required(body.editionYear(), "editionYear"));
		CalendarEntryId id = CalendarEntryId.random();
		commands.sendAndWait(
				new SubmitCalendarEntry(id, new InitiativeId(initiativeId), submitter, year, event(body.title(),
						body.type(), body.startDate(), body.endDate(), body.place(), body.link(), body.description())));
		return ResponseEntity.created(URI.create("/api/calendar-entries/" + id))
			.body(new EntryState(id.value(), CalendarEntryState.SUBMITTED));
	}

	@PutMapping("/calendar-entries/{entryId}/decision")
	@Operation(summary = "Include a submitted entry in the calendar, or return it to its country with a reason")
	EntryState decide(@PathVariable UUID entryId, @RequestBody DecisionRequest body) {
		Checks.required(body, "body");
		commands.sendAndWait(new DecideOnCalendarEntry(new CalendarEntryId(entryId), body.decision(), body.reason()));
		return new EntryState(entryId, body.decision());
	}

	@PutMapping("/calendar-entries/{entryId}")
	@Operation(summary = "Correct a returned entry and submit it again (by the entry's own country)",
			description = "The corrected event replaces the returned one and awaits a new decision. The edition "
					+ "year stays that of the entry.")
	EntryState resubmit(@PathVariable UUID entryId, @RequestBody ResubmissionRequest body) {
		Checks.required(body, "body");
		commands.sendAndWait(new ResubmitCalendarEntry(new CalendarEntryId(entryId), Country.fromCode(body.country()),
				event(body.title(), body.type(), body.startDate(), body.endDate(), body.place(), body.link(),
						body.description())));
		return new EntryState(entryId, CalendarEntryState.SUBMITTED);
	}

	@PostMapping("/calendar-entries/{entryId}/withdrawal")
	@Operation(summary = "Withdraw an entry (by the entry's own country), whatever its state",
			description = "An included entry leaves the calendar and its feed. Withdrawal is final.")
	EntryState withdraw(@PathVariable UUID entryId, @RequestBody WithdrawalRequest body) {
		Checks.required(body, "body");
		commands.sendAndWait(new WithdrawCalendarEntry(new CalendarEntryId(entryId), Country.fromCode(body.country()),
				body.reason()));
		return new EntryState(entryId, CalendarEntryState.WITHDRAWN);
	}

	private static CulturalEvent event(LocalizedText title, CulturalEventType type, LocalDate startDate,
			LocalDate endDate, String place, String link, LocalizedText description) {
		return new CulturalEvent(title, type, startDate, endDate, place, (link != null) ? EvidenceLink.of(link) : null,
				description);
	}

	/**
	 * @param editionYear the edition the event is for
	 * @param title its name in kk, ru and/or en
	 * @param type FESTIVAL, EXHIBITION, CONCERT, THEATRE, FILM, HERITAGE_DAY or OTHER
	 * @param startDate its first day
	 * @param endDate its last day (the same as startDate for a one-day event)
	 * @param place where it is held
	 * @param link its web page (http or https), optional
	 * @param description more about it, optional
	 */
	record SubmissionRequest(Integer editionYear, LocalizedText title, CulturalEventType type, LocalDate startDate,
			LocalDate endDate, String place, String link, LocalizedText description) {
	}

	/**
	 * @param country the entry's own country, acting
	 */
	record ResubmissionRequest(String country, LocalizedText title, CulturalEventType type, LocalDate startDate,
			LocalDate endDate, String place, String link, LocalizedText description) {
	}

	/**
	 * @param decision INCLUDED or RETURNED
	 * @param reason why it is returned (required then); a note on an inclusion otherwise
	 */
	record DecisionRequest(CalendarEntryState decision, String reason) {
	}

	/**
	 * @param country the entry's own country, acting
	 * @param reason why, optional
	 */
	record WithdrawalRequest(String country, String reason) {
	}

	record EntryState(UUID entryId, CalendarEntryState state) {
	}

}
