package org.cooperation.tracker.query.programme.culturaltour.model;

/** What a film history entry records. */
public enum FilmHistoryType {

	REGISTERED, DIGITISATION, RIGHTS

}
