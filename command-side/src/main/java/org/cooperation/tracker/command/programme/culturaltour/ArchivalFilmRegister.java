package org.cooperation.tracker.command.programme.culturaltour;

import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;

/** Looks up a recorded archival film, for the rules of screening legs. */
public interface ArchivalFilmRegister {

	/**
	 * @throws org.cooperation.tracker.command.refusal.UnknownReference when no such film
	 * is recorded
	 */
	FilmFacts of(ArchivalFilmId filmId);

}
