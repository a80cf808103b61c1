package org.cooperation.tracker.query.programme.culturaltour;

/** What a film history entry records. */
public enum FilmHistoryType {

	REGISTERED, DIGITISATION, RIGHTS

}
