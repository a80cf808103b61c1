package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.matrix.model.FigureCounts;
import org.cooperation.tracker.query.matrix.model.FigureCountsByInitiative;
import org.cooperation.tracker.query.matrix.model.FigureCounts.Measure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigures;

/**
 * What an official looks at first on the Cultural Tour: how many of a country's archival
 * films have a digital master (DIGITISED or PUBLISHED: the condition of screening), and
 * how many legs it has hosted that took place, across all editions. A country with
 * neither films nor legs (as origin or host) has no figures. A figure that counts demo
 * data says so in its label.
 */
@Component
@RequiredArgsConstructor
public class CulturalTourFigures implements ProgrammeFigures {

	static final String FILMS_DIGITISED = "films digitised";

	static final String FILM_DIGITISED = "film digitised";

	static final String LEG_HELD = "leg held as host";

	static final String LEGS_HELD = "legs held as host";

	private static final Measure DIGITISED = Measure.of("tour.digitised", FILM_DIGITISED, FILMS_DIGITISED);

	private static final Measure HELD = Measure.of("tour.held", LEG_HELD, LEGS_HELD);

	private final ArchivalFilmRowRepository films;

	private final TourLegRowRepository legs;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CULTURAL_TOUR_PLATFORM;
	}

	@Override
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds) {
		FigureCountsByInitiative counts = new FigureCountsByInitiative(DIGITISED, HELD);
		for (ArchivalFilmRow film : films.findByInitiativeIdIn(initiativeIds)) {
			counts.of(film.getInitiativeId())
				.add(film.getHolder(), DIGITISED, film.getState().isDigitised() ? 1 : 0, film.isSample());
		}
		for (TourLegRow leg : legs.findByInitiativeIdIn(initiativeIds)) {
			FigureCounts initiative = counts.of(leg.getInitiativeId());
			initiative.add(leg.getOrigin(), HELD, 0, false);
			initiative.add(leg.getHost(), HELD, (leg.getState() == TourLegState.HELD) ? 1 : 0, leg.isSample());
		}
		return counts.figures();
	}

}
