package org.cooperation.tracker.command.programme.culturaltour;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.common.AggregateFacts;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;

/**
 * Reads the facts from the film aggregate itself: a screening sees the film's
 * digitisation and rights as they are now.
 */
@Component
class EventSourcedArchivalFilmRegister extends AggregateFacts<ArchivalFilm, ArchivalFilmId, FilmFacts>
		implements ArchivalFilmRegister {

	EventSourcedArchivalFilmRegister(Repository<ArchivalFilm> films) {
		super(films, ArchivalFilm::facts, "archival film");
	}

}
