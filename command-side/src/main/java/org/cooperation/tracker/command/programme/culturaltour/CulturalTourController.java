package org.cooperation.tracker.command.programme.culturaltour;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.culturaltour.AdvanceFilmDigitisation;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;
import org.cooperation.tracker.kernel.programme.culturaltour.CancelTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.ChangeFilmRights;
import org.cooperation.tracker.kernel.programme.culturaltour.ConfirmTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.OpenTourProgramme;
import org.cooperation.tracker.kernel.programme.culturaltour.PlanTourLeg;
import org.cooperation.tracker.kernel.programme.culturaltour.RecordTourLegHeld;
import org.cooperation.tracker.kernel.programme.culturaltour.RegisterArchivalFilm;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The Cultural Tour platform's records: the secretariat opens a yearly programme edition;
 * liaisons plan legs and move them along, register their country's archival films and log
 * each film's digitisation and rights. Each new record's Location is its path on the
 * query side.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/cultural-tour")
@Tag(name = "Cultural Tour", description = "Programme editions, tour legs, archival films and their digitisation")
class CulturalTourController extends CommandController {

	@CreatesRecord
	@PostMapping("/programmes")
	@Operation(operationId = "openTourProgramme",
			summary = "Open the programme edition of a year (one per initiative and year)")
	ResponseEntity<ProgrammeOpened> openProgramme(@PathVariable UUID initiativeId,
			@RequestBody OpenProgrammeRequest body) {
		TourProgrammeId programmeId = new TourProgrammeId(new InitiativeId(initiativeId),
				Checks.required(body.year(), "year"));
		return create(new OpenTourProgramme(programmeId), programmePath(programmeId),
				new ProgrammeOpened(initiativeId, programmeId.year()));
	}

	@PostMapping("/programmes/{year}/legs")
	@Operation(operationId = "planTourLeg", summary = "Plan a leg of a programme edition",
			description = "Origin and host are participants and differ; the dates lie in the edition's year. "
					+ "A FILM_SCREENING leg names one or more films, each DIGITISED or PUBLISHED with its "
					+ "rights cleared; other kinds name none.")
	ResponseEntity<LegRecorded> planLeg(@PathVariable UUID initiativeId, @PathVariable int year,
			@RequestBody PlanLegRequest body) {
		TourProgrammeId programmeId = new TourProgrammeId(new InitiativeId(initiativeId), year);
		List<ArchivalFilmId> films = films(body.films());
		TourLegId legId = TourLegId.random();
		return create(
				new PlanTourLeg(programmeId, legId, body.kind(), body.title(),
						Requests.country(body.origin(), "origin"), Requests.country(body.host(), "host"), body.city(),
						body.venue(), body.startsOn(), body.endsOn(), films),
				programmePath(programmeId) + "/legs/" + legId,
				new LegRecorded(legId.value(), initiativeId, year, TourLegState.PLANNED));
	}

	@PutMapping("/programmes/{year}/legs/{legId}/state")
	@Operation(operationId = "moveTourLeg",
			summary = "Move a leg: CONFIRMED, HELD (with evidence) or CANCELLED (with a reason)",
			description = "PLANNED → CONFIRMED → HELD, or CANCELLED from PLANNED or CONFIRMED. A leg is recorded "
					+ "as HELD only once it has started; a HELD leg cannot be cancelled.")
	LegRecorded moveLeg(@PathVariable UUID initiativeId, @PathVariable int year, @PathVariable UUID legId,
			@RequestBody LegStateRequest body) {
		TourLegState state = Checks.required(body.state(), "state");
		TourProgrammeId programmeId = new TourProgrammeId(new InitiativeId(initiativeId), year);
		TourLegId leg = new TourLegId(legId);
		if (state != TourLegState.CANCELLED && body.reason() != null) {
			throw new InvalidValueException("a reason is given only when a leg is CANCELLED; use note instead");
		}
		if (state != TourLegState.HELD && body.evidence() != null && !body.evidence().isEmpty()) {
			throw new InvalidValueException("evidence is recorded only when a leg is HELD");
		}
		Object command = switch (state) {
			case PLANNED -> throw new InvalidValueException(
					"a leg is PLANNED when it is added; ask for CONFIRMED, HELD or CANCELLED");
			case CONFIRMED -> new ConfirmTourLeg(programmeId, leg, body.note());
			case HELD -> new RecordTourLegHeld(programmeId, leg, body.note(), Requests.evidence(body.evidence()));
			case CANCELLED -> {
				if (body.note() != null) {
					throw new InvalidValueException("a cancelled leg takes a reason, not a note");
				}
				yield new CancelTourLeg(programmeId, leg, body.reason());
			}
		};
		commands.sendAndWait(command);
		return new LegRecorded(legId, initiativeId, year, state);
	}

	@CreatesRecord
	@PostMapping("/films")
	@Operation(summary = "Register an archival film a participating country holds",
			description = "The film starts at NOT_ASSESSED; rightsCleared says whether its screening rights are "
					+ "cleared.")
	ResponseEntity<FilmRecorded> registerFilm(@PathVariable UUID initiativeId, @RequestBody RegisterFilmRequest body) {
		ArchivalFilmId filmId = ArchivalFilmId.random();
		return create(
				new RegisterArchivalFilm(filmId, new InitiativeId(initiativeId),
						Requests.country(body.holder(), "holder"), body.title(), Checks.required(body.year(), "year"),
						Checks.required(body.rightsCleared(), "rightsCleared")),
				"/api/initiatives/" + initiativeId + "/cultural-tour/films/" + filmId,
				new FilmRecorded(filmId.value(), initiativeId, DigitisationState.NOT_ASSESSED, body.rightsCleared()));
	}

	@PutMapping("/films/{filmId}/digitisation")
	@Operation(summary = "Move a film's digitisation one step forward",
			description = "NOT_ASSESSED → QUEUED → SCANNING → RESTORED → DIGITISED → PUBLISHED. A film that needs "
					+ "no restoration goes from SCANNING to DIGITISED with a note saying why.")
	DigitisationRecorded advanceDigitisation(@PathVariable UUID initiativeId, @PathVariable UUID filmId,
			@RequestBody DigitisationRequest body) {
		DigitisationState state = Checks.required(body.state(), "state");
		LocalDate on = orToday(body.on());
		commands.sendAndWait(new AdvanceFilmDigitisation(new ArchivalFilmId(filmId), new InitiativeId(initiativeId),
				state, on, body.note()));
		return new DigitisationRecorded(filmId, initiativeId, state, on);
	}

	@PutMapping("/films/{filmId}/rights")
	@Operation(operationId = "changeFilmRights",
			summary = "Record that a film's screening rights are cleared, or no longer are")
	RightsRecorded changeRights(@PathVariable UUID initiativeId, @PathVariable UUID filmId,
			@RequestBody RightsRequest body) {
		boolean cleared = Checks.required(body.cleared(), "cleared");
		commands.sendAndWait(
				new ChangeFilmRights(new ArchivalFilmId(filmId), new InitiativeId(initiativeId), cleared, body.note()));
		return new RightsRecorded(filmId, initiativeId, cleared);
	}

	private static List<ArchivalFilmId> films(List<UUID> ids) {
		if (ids == null) {
			return List.of();
		}
		if (ids.size() > PlanTourLeg.MAX_FILMS) {
			throw new InvalidValueException(
					"a leg names at most " + PlanTourLeg.MAX_FILMS + " films, not " + ids.size());
		}
		return ids.stream().map((id) -> new ArchivalFilmId(Checks.required(id, "film id"))).toList();
	}

	private static String programmePath(TourProgrammeId programmeId) {
		return "/api/initiatives/" + programmeId.initiativeId() + "/cultural-tour/programmes/" + programmeId.year();
	}

	/**
	 * @param year the edition's year
	 */
	record OpenProgrammeRequest(@Schema(requiredMode = REQUIRED, minimum = "" + TourProgrammeId.MIN_YEAR,
			maximum = "" + TourProgrammeId.MAX_YEAR, example = "2026") Integer year) {
	}

	/**
	 * @param kind TOURING_PROGRAMME, RETROSPECTIVE_EXHIBITION or FILM_SCREENING
	 * @param title what is shown, optional
	 * @param origin the country whose programme travels (alpha-2)
	 * @param host the hosting country (alpha-2)
	 * @param city the host city
	 * @param venue the venue
	 * @param startsOn the first day
	 * @param endsOn the last day
	 * @param films ids of the archival films a FILM_SCREENING shows
	 */
	record PlanLegRequest(@Schema(requiredMode = REQUIRED) TourLegKind kind, LocalizedText title,
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String origin,
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "UZ") String host,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Samarkand") String city,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH) String venue,
			@Schema(requiredMode = REQUIRED) LocalDate startsOn,
			@Schema(requiredMode = REQUIRED, description = "the same as startsOn or later") LocalDate endsOn,
			@ArraySchema(maxItems = PlanTourLeg.MAX_FILMS, uniqueItems = true) List<UUID> films) {
	}

	/**
	 * @param state CONFIRMED, HELD or CANCELLED
	 * @param note what confirms it or what happened (CONFIRMED, HELD)
	 * @param reason why it was cancelled (CANCELLED only, required there)
	 * @param evidence links that show it took place (HELD only)
	 */
	record LegStateRequest(@Schema(requiredMode = REQUIRED, implementation = String.class, allowableValues = {
			"CONFIRMED", "HELD", "CANCELLED" }) TourLegState state,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH,
					description = "required when the state is CANCELLED") String reason,
			@ArraySchema(maxItems = EvidenceLink.MAX_PER_RECORD, schema = @Schema(maxLength = EvidenceLink.MAX_LENGTH,
					format = "uri", example = "https://example.org/screening")) List<String> evidence){
	}

	/**
	 * @param holder the country whose archive holds the film (alpha-2)
	 * @param title the film's title in kk, ru and/or en
	 * @param year the film's year
	 * @param rightsCleared whether its screening rights are cleared
	 */
	record RegisterFilmRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String holder,
			@Schema(requiredMode = REQUIRED) LocalizedText title, @Schema(requiredMode = REQUIRED,
					minimum = "" + RegisterArchivalFilm.EARLIEST_YEAR, example = "1957") Integer year,
			@Schema(requiredMode = REQUIRED) Boolean rightsCleared) {
	}

	/**
	 * @param state the state reached: the next one
	 * @param on the day it was reached; today when omitted
	 * @param note what was done; required when skipping restoration
	 */
	record DigitisationRequest(@Schema(requiredMode = REQUIRED) DigitisationState state, LocalDate on,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	/**
	 * @param cleared whether the screening rights are now cleared
	 * @param note why
	 */
	record RightsRequest(@Schema(requiredMode = REQUIRED) Boolean cleared,
			@Schema(maxLength = Checks.MAX_TEXT_LENGTH) String note) {
	}

	record ProgrammeOpened(UUID initiativeId, int year) {
	}

	record LegRecorded(UUID legId, UUID initiativeId, int year, TourLegState state) {
	}

	record FilmRecorded(UUID filmId, UUID initiativeId, DigitisationState state, boolean rightsCleared) {
	}

	record DigitisationRecorded(UUID filmId, UUID initiativeId, DigitisationState state, LocalDate on) {
	}

	record RightsRecorded(UUID filmId, UUID initiativeId, boolean cleared) {
	}

}
