package org.cooperation.tracker.query.matrix.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/** Gathers the figures of whichever kinds' read models exist for one initiative. */
@Component
public class MatrixFigures {

	private final List<ProgrammeFigures> sources;

	public MatrixFigures(List<ProgrammeFigures> sources) {
		this.sources = List.copyOf(sources);
	}

	public Map<Country, List<ProgrammeFigure>> of(InitiativeKind kind, UUID initiativeId) {
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		for (ProgrammeFigures source : sources) {
			if (source.kind() == kind) {
				source.figuresFor(initiativeId)
					.forEach(
							(country, more) -> figures.computeIfAbsent(country, (c) -> new ArrayList<>()).addAll(more));
			}
		}
		return figures;
	}

}
