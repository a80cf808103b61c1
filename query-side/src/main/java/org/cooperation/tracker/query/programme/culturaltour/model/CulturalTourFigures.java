package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
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

	static final String WITH_SAMPLE = " (incl. sample)";

	private final ArchivalFilmRowRepository films;

	private final TourLegRowRepository legs;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CULTURAL_TOUR_PLATFORM;
	}

	@Override
	public Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId) {
		List<ArchivalFilmRow> filmRows = films.findByInitiativeId(initiativeId);
		List<TourLegRow> legRows = legs.findByInitiativeId(initiativeId);
		Set<Country> countries = EnumSet.noneOf(Country.class);
		filmRows.forEach((film) -> countries.add(film.getHolder()));
		legRows.forEach((leg) -> {
			countries.add(leg.getOrigin());
			countries.add(leg.getHost());
		});
		countries.remove(null);
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		for (Country country : countries) {
			List<ArchivalFilmRow> digitised = filmRows.stream()
				.filter((film) -> film.getHolder() == country && film.getState().isDigitised())
				.toList();
			List<TourLegRow> held = legRows.stream()
				.filter((leg) -> leg.getHost() == country && leg.getState() == TourLegState.HELD)
				.toList();
			figures.put(country,
					List.of(figure(FILMS_DIGITISED, FILM_DIGITISED, digitised.size(),
							digitised.stream().anyMatch(ArchivalFilmRow::isSample)),
							figure(LEGS_HELD, LEG_HELD, held.size(), held.stream().anyMatch(TourLegRow::isSample))));
		}
		return figures;
	}

	private static ProgrammeFigure figure(String plural, String singular, long value, boolean countsSample) {
		ProgrammeFigure counted = ProgrammeFigure.counted(value, singular, plural);
		return countsSample ? new ProgrammeFigure(counted.label() + WITH_SAMPLE, value) : counted;
	}

}
