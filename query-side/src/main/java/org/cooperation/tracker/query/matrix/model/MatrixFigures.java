package org.cooperation.tracker.query.matrix.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * Gathers the figures of whichever kinds' read models exist for the matrix's initiatives:
 * each kind is asked once, for all its initiatives together, so the matrix costs the same
 * number of queries for two initiatives as for two hundred.
 */
@Component
public class MatrixFigures {

	private final List<ProgrammeFigures> sources;

	public MatrixFigures(List<ProgrammeFigures> sources) {
		this.sources = List.copyOf(sources);
	}

	/**
	 * The figures per initiative and country, for initiatives given with their kind; an
	 * initiative without figures is absent.
	 */
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> of(Map<UUID, InitiativeKind> initiatives) {
		Map<UUID, Map<Country, List<ProgrammeFigure>>> figures = new HashMap<>();
		for (ProgrammeFigures source : sources) {
			List<UUID> ofItsKind = initiatives.entrySet()
				.stream()
				.filter((initiative) -> initiative.getValue() == source.kind())
				.map(Map.Entry::getKey)
				.toList();
			if (ofItsKind.isEmpty()) {
				continue;
			}
			source.figuresFor(ofItsKind)
				.forEach((initiativeId,
						byCountry) -> byCountry.forEach((country, more) -> figures
							.computeIfAbsent(initiativeId, (id) -> new EnumMap<>(Country.class))
							.computeIfAbsent(country, (c) -> new ArrayList<>())
							.addAll(more)));
		}
		return figures;
	}

}
