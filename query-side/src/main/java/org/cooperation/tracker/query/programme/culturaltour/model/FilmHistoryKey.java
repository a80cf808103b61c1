package org.cooperation.tracker.query.programme.culturaltour.model;

import java.io.Serializable;
import java.util.UUID;

/** Key of a film history entry: the film and its aggregate's sequence number. */
public record FilmHistoryKey(UUID filmId, long aggregateSequence) implements Serializable {

}
