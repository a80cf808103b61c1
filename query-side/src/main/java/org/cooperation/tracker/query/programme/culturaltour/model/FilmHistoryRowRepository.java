package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** A film's history, oldest first. */
public interface FilmHistoryRowRepository extends ReadModelRepository<FilmHistoryRow, FilmHistoryKey> {

	List<FilmHistoryRow> findByFilmIdOrderByAggregateSequenceAsc(UUID filmId);

}
