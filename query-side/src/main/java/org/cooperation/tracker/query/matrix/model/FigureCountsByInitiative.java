package org.cooperation.tracker.query.matrix.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.matrix.model.FigureCounts.Measure;

/**
 * {@link FigureCounts} for many initiatives at once, one per initiative whose records are
 * counted: what a kind fills from one query over all the matrix's initiatives.
 */
public final class FigureCountsByInitiative {

	private final Measure[] measures;

	private final Map<UUID, FigureCounts> counts = new HashMap<>();

	public FigureCountsByInitiative(Measure... measures) {
		this.measures = measures.clone();
	}

	/** The counts of one initiative, started on its first record. */
	public FigureCounts of(UUID initiativeId) {
		return counts.computeIfAbsent(initiativeId, (id) -> new FigureCounts(measures));
	}

	/** The figures of every initiative counted, per country that takes part. */
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figures() {
		Map<UUID, Map<Country, List<ProgrammeFigure>>> figures = new HashMap<>();
		counts.forEach((initiativeId, initiative) -> figures.put(initiativeId, initiative.figures()));
		return figures;
	}

}
