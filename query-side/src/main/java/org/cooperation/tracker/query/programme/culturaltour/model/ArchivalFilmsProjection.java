package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmRegistered;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmDigitisationAdvanced;
import org.cooperation.tracker.kernel.programme.culturaltour.FilmRightsChanged;
import org.cooperation.tracker.query.common.Provenance;

/**
 * Projects archival films: where each stands and every step of its history. History rows
 * are keyed by the film aggregate's sequence and the film's state takes only newer
 * events, so an event delivered twice changes nothing.
 */
@Component
@ProcessingGroup(ArchivalFilmsProjection.PROCESSING_GROUP)
public class ArchivalFilmsProjection {

	public static final String PROCESSING_GROUP = "cultural-tour-films";

	private static final Logger log = LoggerFactory.getLogger(ArchivalFilmsProjection.class);

	private final ArchivalFilmRowRepository films;

	private final FilmHistoryRowRepository history;

	public ArchivalFilmsProjection(ArchivalFilmRowRepository films, FilmHistoryRowRepository history) {
		this.films = films;
		this.history = history;
	}

	@EventHandler
	public void on(ArchivalFilmRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
			MetaData metaData) {
		UUID filmId = event.filmId().value();
		Provenance provenance = Provenance.of(metaData);
		if (!films.existsById(filmId)) {
			films.save(ArchivalFilmRow.registered(filmId, event.initiativeId().value(), event.holder(), event.title(),
					event.year(), event.rightsCleared(), sequence, recordedAt, provenance.sample()));
		}
		record(FilmHistoryRow.registered(filmId, sequence, event.rightsCleared(), recordedAt, provenance));
	}

	@EventHandler
	public void on(FilmDigitisationAdvanced event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
			MetaData metaData) {
		UUID filmId = event.filmId().value();
		Provenance provenance = Provenance.of(metaData);
		ArchivalFilmRow film = film(filmId, event);
		if (film != null) {
			film.advanced(event.to(), event.on(), sequence, recordedAt, provenance.sample());
			films.save(film);
			record(FilmHistoryRow.digitisation(filmId, sequence, event.from(), event.to(), event.on(), event.note(),
					recordedAt, provenance));
		}
	}

	@EventHandler
	public void on(FilmRightsChanged event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
			MetaData metaData) {
		UUID filmId = event.filmId().value();
		Provenance provenance = Provenance.of(metaData);
		ArchivalFilmRow film = film(filmId, event);
		if (film != null) {
			film.rightsChanged(event.cleared(), sequence, recordedAt, provenance.sample());
			films.save(film);
			record(FilmHistoryRow.rights(filmId, sequence, event.cleared(), event.note(), recordedAt, provenance));
		}
	}

	@ResetHandler
	public void reset() {
		history.deleteAllInBatch();
		films.deleteAllInBatch();
	}

	private void record(FilmHistoryRow row) {
		if (!history.existsById(row.key())) {
			history.save(row);
		}
	}

	/**
	 * A film's events arrive in order, so a missing film means an inconsistent store: say
	 * so and skip rather than stall the processor.
	 */
	private ArchivalFilmRow film(UUID filmId, Object event) {
		ArchivalFilmRow film = films.findById(filmId).orElse(null);
		if (film == null) {
			log.warn("Skipped {}: archival film {} was never registered", event.getClass().getSimpleName(), filmId);
		}
		return film;
	}

}
