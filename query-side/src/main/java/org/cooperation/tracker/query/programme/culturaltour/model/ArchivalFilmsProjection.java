package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects archival films: where each stands and every step of its history. History rows
 * are keyed by the film aggregate's sequence and the film's state takes only newer
 * events, so an event delivered twice changes nothing.
 */
@Component
@ReadModelTables({ "rm_tour_film", "rm_tour_film_history" })
@ProcessingGroup(ArchivalFilmsProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class ArchivalFilmsProjection {

	public static final String PROCESSING_GROUP = "cultural-tour-films";

	private final ArchivalFilmRowRepository films;

	private final FilmHistoryRowRepository history;

	@EventHandler
	public void on(ArchivalFilmRegistered event, Recorded recorded) {
		UUID filmId = event.filmId().value();
		films.saveIfAbsent(filmId, () -> ArchivalFilmRow.registered(event, recorded));
		record(FilmHistoryRow.registered(filmId, event.rightsCleared(), recorded));
	}

	@EventHandler
	public void on(FilmDigitisationAdvanced event, Recorded recorded) {
		UUID filmId = event.filmId().value();
		films.update(filmId, (film) -> {
			film.advanced(event.to(), event.on(), recorded);
			record(FilmHistoryRow.digitisation(filmId, event.from(), event.to(), event.on(), event.note(), recorded));
		}, missing(filmId, event));
	}

	@EventHandler
	public void on(FilmRightsChanged event, Recorded recorded) {
		UUID filmId = event.filmId().value();
		films.update(filmId, (film) -> {
			film.rightsChanged(event.cleared(), recorded);
			record(FilmHistoryRow.rights(filmId, event.cleared(), event.note(), recorded));
		}, missing(filmId, event));
	}

	@ResetHandler
	public void reset() {
		history.deleteAllInBatch();
		films.deleteAllInBatch();
	}

	private void record(FilmHistoryRow row) {
		history.saveIfAbsent(row.key(), () -> row);
	}

	/**
	 * A film's events arrive in order, so a missing film means an inconsistent store: say
	 * so and skip rather than stall the processor.
	 */
	private static Runnable missing(UUID filmId, Object event) {
		return () -> log.warn("Skipped {}: archival film {} was never registered", event.getClass().getSimpleName(),
				filmId);
	}

}
