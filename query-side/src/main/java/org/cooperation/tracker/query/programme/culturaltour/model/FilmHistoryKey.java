package org.cooperation.tracker.query.programme.culturaltour.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of a film history entry: the film and its aggregate's sequence number. */
public class FilmHistoryKey implements Serializable {

	private UUID filmId;

	private long aggregateSequence;

	protected FilmHistoryKey() {
	}

	public FilmHistoryKey(UUID filmId, long aggregateSequence) {
		this.filmId = filmId;
		this.aggregateSequence = aggregateSequence;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FilmHistoryKey key && Objects.equals(filmId, key.filmId)
				&& aggregateSequence == key.aggregateSequence;
	}

	@Override
	public int hashCode() {
		return Objects.hash(filmId, aggregateSequence);
	}

}
