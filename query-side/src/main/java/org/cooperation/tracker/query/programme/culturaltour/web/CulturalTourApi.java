package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.web.CsvResponses;
import org.cooperation.tracker.query.web.PageAsked;
import org.cooperation.tracker.query.web.ProblemResponses;
import org.cooperation.tracker.query.web.RecordApi;
import org.cooperation.tracker.query.web.RecordResponses;
import org.cooperation.tracker.query.web.VersionEtag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmDetail;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmView;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.DigitisationCounts;
import org.cooperation.tracker.query.programme.culturaltour.EditionSummary;
import org.cooperation.tracker.query.programme.culturaltour.TourLegView;
import org.cooperation.tracker.query.programme.culturaltour.TourOverview;
import org.cooperation.tracker.query.programme.culturaltour.TourProgrammeView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A Cultural Tour initiative's records, at the same paths the command side answers with
 * in its Location headers.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/cultural-tour")
@Tag(name = "Cultural Tour",
		description = "Programme editions with their legs by host country, archival films and their digitisation")
class CulturalTourApi extends RecordApi<CulturalTourQueries> {

	private final CulturalTourDownloads downloads;

	CulturalTourApi(CulturalTourQueries queries, VersionEtag etags, CulturalTourDownloads downloads) {
		super(queries, etags);
		this.downloads = downloads;
	}

	@GetMapping
	@Operation(operationId = "culturalTourOverview",
			summary = "The initiative's editions with leg counts by state, and each country's film digitisation")
	@ProblemResponses
	TourOverview overview(@PathVariable UUID initiativeId) {
		return queries.overview(initiativeId);
	}

	@GetMapping("/programmes")
	@Operation(summary = "The initiative's programme editions, by year, with leg counts by state")
	@ProblemResponses
	List<EditionSummary> programmes(@PathVariable UUID initiativeId) {
		return queries.editions(initiativeId);
	}

	@GetMapping("/programmes.csv")
	@Operation(summary = "The programme editions as CSV, a line per year with its legs counted by state")
	@CsvResponses
	void programmesCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.programmes(initiativeId, response);
	}

	@GetMapping("/programmes/{year}")
	@Operation(summary = "One year's programme with its legs grouped by host country",
			description = "The ETag guards the legs planned and moved on the command side. A matching If-None-Match "
					+ "still gets the whole programme: it shows each named film as the film stands now, which the "
					+ "programme's version does not follow. While events of the programme are parked for an admin's "
					+ "retry the ETag is weak and the " + VersionEtag.INCOMPLETE + " header says so.")
	@ProblemResponses
	TourProgrammeView programme(@PathVariable UUID initiativeId, @PathVariable int year, HttpServletResponse response) {
		// Set on the response rather than returned in a ResponseEntity, which Spring MVC
		// would answer with 304 while a film changed.
		return etags.setOn(response, queries.programme(initiativeId, year));
	}

	@GetMapping("/legs")
	@Operation(summary = "Every leg of every programme edition, by year and then by first day")
	@ProblemResponses
	ResponseEntity<List<TourLegView>> legs(@PathVariable UUID initiativeId, PageAsked pageAsked,
			HttpServletRequest request) {
		return pageAsked.paging().answer(queries.legs(initiativeId), request);
	}

	@GetMapping("/legs.csv")
	@Operation(summary = "Every leg of every programme edition as CSV, a line per leg, as the JSON list has them",
			description = "A screening's films are named by their ids, separated by \"; \".")
	@CsvResponses
	void legsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.legs(initiativeId, response);
	}

	@GetMapping("/programmes/{year}/legs/{legId}")
	@Operation(summary = "One leg with its films and its whole lifecycle")
	@ProblemResponses
	TourLegView leg(@PathVariable UUID initiativeId, @PathVariable int year, @PathVariable UUID legId) {
		return queries.leg(initiativeId, year, legId);
	}

	@GetMapping("/films")
	@Operation(summary = "The initiative's archival films, by holder and title, optionally filtered")
	@ProblemResponses
	ResponseEntity<List<ArchivalFilmView>> films(@PathVariable UUID initiativeId,
			@Parameter(description = "only this holder's films: ISO 3166-1 alpha-2 code in any letter case",
					example = "KZ") @RequestParam(required = false) String holder,
			@Parameter(description = "only films in this digitisation state, in any letter case",
					example = "DIGITISED") @RequestParam(required = false) String state,
			PageAsked pageAsked, HttpServletRequest request) {
		return pageAsked.paging()
			.answer(queries.films(initiativeId, (holder != null) ? Country.fromCode(holder) : null,
					QueryValues.named(DigitisationState.class, "digitisation state", state)), request);
	}

	@GetMapping("/films.csv")
	@Operation(summary = "Every archival film as CSV, a line per film with its digitisation state, by holder and title")
	@CsvResponses
	void filmsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.films(initiativeId, response);
	}

	@GetMapping("/films/{filmId}")
	@Operation(summary = "One archival film with its registration, digitisation steps and rights changes",
			description = "The ETag guards digitisation steps and rights changes sent to the command side.")
	@RecordResponses
	ResponseEntity<ArchivalFilmDetail> film(@PathVariable UUID initiativeId, @PathVariable UUID filmId) {
		return etags.answer(queries.film(initiativeId, filmId));
	}

	@GetMapping("/digitisation")
	@Operation(summary = "Each country's archival films counted by digitisation state",
			description = "Every participant is listed, with zeros when it holds no film yet.")
	@ProblemResponses
	DigitisationCounts digitisation(@PathVariable UUID initiativeId) {
		return queries.digitisation(initiativeId);
	}

}
