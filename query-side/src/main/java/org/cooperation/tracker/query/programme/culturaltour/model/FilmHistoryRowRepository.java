package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** A film's history, oldest first. */
public interface FilmHistoryRowRepository extends JpaRepository<FilmHistoryRow, FilmHistoryKey> {

	List<FilmHistoryRow> findByFilmIdOrderByAggregateSequenceAsc(UUID filmId);

}
