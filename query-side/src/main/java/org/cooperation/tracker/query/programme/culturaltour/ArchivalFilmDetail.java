package org.cooperation.tracker.query.programme.culturaltour;

import java.util.List;

/**
 * An archival film and its full history, oldest first.
 *
 * @param film the film as it stands
 * @param history every registration, digitisation step and rights change
 */
public record ArchivalFilmDetail(ArchivalFilmView film, List<FilmHistoryEntry> history) {

}
