package org.cooperation.tracker.command.programme.culturaltour;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.programme.culturaltour.ArchivalFilmId;

/**
 * Reads the facts from the film aggregate itself, inside the asking command's unit of
 * work: a screening sees the film's digitisation and rights as they are now.
 */
@Component
class EventSourcedArchivalFilmRegister implements ArchivalFilmRegister {

	private final Repository<ArchivalFilm> films;

	EventSourcedArchivalFilmRegister(Repository<ArchivalFilm> films) {
		this.films = films;
	}

	@Override
	public FilmFacts of(ArchivalFilmId filmId) {
		try {
			return films.load(filmId.toString()).invoke(ArchivalFilm::facts);
		}
		catch (AggregateNotFoundException | IncompatibleAggregateException ex) {
			throw new UnknownReference("no archival film " + filmId + " is recorded");
		}
	}

}
