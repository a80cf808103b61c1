package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationSteps;
import org.cooperation.tracker.kernel.country.Country;
import java.time.LocalDate;
import java.time.Clock;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.programme.culturaltour.ArchivalFilmDetail;
import org.cooperation.tracker.query.programme.culturaltour.CulturalTourQueries;
import org.cooperation.tracker.query.programme.culturaltour.EditionSummary;
import org.cooperation.tracker.query.programme.culturaltour.TourOverview;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Cultural Tour's pages for officials: one edition's legs by host country, each
 * country's film digitisation and the film list; and one film with its history. A
 * participating country's liaison also finds the forms to register the country's films
 * and, on a film of theirs, to log its digitisation and rights; the secretariat, the form
 * to open an edition (templates/cultural-tour-forms.html).
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class CulturalTourPages {

	private final CulturalTourDownloads downloads;

	private final CulturalTourQueries queries;

	private final Display show;

	private final ObjectMapper json;

	private final Clock clock = Clock.systemUTC();

	@GetMapping("/initiatives/{initiativeId}/cultural-tour")
	String culturalTour(@PathVariable UUID initiativeId, @RequestParam(required = false) Integer year, Model model)
			throws JsonProcessingException {
		TourOverview overview = queries.overview(initiativeId);
		if (year != null && overview.editions().stream().noneMatch((edition) -> edition.year() == year)) {
			throw new NotFoundException(show.label("culturaltour.error.noEdition",
					show.text(overview.initiativeTitle()), Integer.toString(year)));
		}
		Integer shown = (year != null) ? year : defaultEdition(overview.editions());
		model.addAttribute("overview", overview);
		model.addAttribute("programme", (shown != null) ? queries.programme(initiativeId, shown).view() : null);
		model.addAttribute("films", queries.films(initiativeId, null, null));
		model.addAttribute("digitisationChart",
				json.writeValueAsString(DigitisationChart.option(overview.digitisation(), show)));
		Country liaisonOf = SignedIn.liaisonCountry();
		if (liaisonOf != null && queries.participants(initiativeId).contains(liaisonOf)) {
			model.addAttribute("registersFor", liaisonOf);
		}
		if (SignedIn.secretariat()) {
			model.addAttribute("nextEdition",
					overview.editions()
						.stream()
						.mapToInt(EditionSummary::year)
						.max()
						.orElse(LocalDate.now(clock).getYear() - 1) + 1);
		}
		model.addAttribute("pageTitle", show.label("culturaltour.title", show.text(overview.initiativeTitle())));
		return "cultural-tour";
	}

	@GetMapping("/initiatives/{initiativeId}/cultural-tour/films/{filmId}")
	String film(@PathVariable UUID initiativeId, @PathVariable UUID filmId, Model model) {
		TourOverview overview = queries.overview(initiativeId);
		Versioned<ArchivalFilmDetail> versioned = queries.film(initiativeId, filmId);
		ArchivalFilmDetail film = versioned.view();
		model.addAttribute("overview", overview);
		model.addAttribute("detail", film);
		if (film.film().holder() == SignedIn.liaisonCountry()) {
			model.addAttribute("filmVersion", versioned.version());
			model.addAttribute("steps", DigitisationSteps.next(film.film().state()).stream().sorted().toList());
			model.addAttribute("today", LocalDate.now(clock));
		}
		model.addAttribute("pageTitle", show.text(film.film().title()));
		return "cultural-tour-film";
	}

	/**
	 * The latest edition that has legs, else the latest one; an edition opened ahead of
	 * time does not hide the programme under way.
	 */
	private static Integer defaultEdition(List<EditionSummary> editions) {
		return editions.stream()
			.filter((edition) -> edition.legs().values().stream().anyMatch((count) -> count > 0))
			.reduce((earlier, later) -> later)
			.or(() -> editions.stream().reduce((earlier, later) -> later))
			.map(EditionSummary::year)
			.orElse(null);
	}

	@GetMapping("/initiatives/{initiativeId}/cultural-tour/programmes.csv")
	void programmesCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.programmes(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/cultural-tour/legs.csv")
	void legsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.legs(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/cultural-tour/films.csv")
	void filmsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.films(initiativeId, response);
	}

}
