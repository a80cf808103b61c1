package org.cooperation.tracker.query.initiative.web;

import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.live.KeptUntilChanged;
import org.cooperation.tracker.query.live.ReadModelGeneration;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusMatrix;

import org.springframework.stereotype.Component;

/**
 * The status matrix as its API, page and downloads read it: the dashboard most officials
 * open, read from the read models once per change of them and per filter
 * ({@link KeptUntilChanged}), not once per reader.
 */
@Component
public class StatusMatrixReads {

	/** Enough for every filter in use at once; a filter seldom asked is read afresh. */
	private static final int FILTERS_KEPT = 32;

	private final InitiativeQueries initiatives;

	private final KeptUntilChanged<Asked, StatusMatrix> kept;

	StatusMatrixReads(InitiativeQueries initiatives, ReadModelGeneration generation) {
		this.initiatives = initiatives;
		this.kept = new KeptUntilChanged<>(generation, FILTERS_KEPT);
	}

	StatusMatrix matrix(MatrixFilter filter) {
		return matrix(filter, Moment.NOW);
	}

	/**
	 * The matrix at a moment; one of the past is kept as well, as the projections may
	 * still be catching up with what was recorded by then.
	 */
	StatusMatrix matrix(MatrixFilter filter, Moment moment) {
		return kept.get(new Asked(filter, moment), (asked) -> initiatives.statusMatrix(filter, moment));
	}

	private record Asked(MatrixFilter filter, Moment moment) {
	}

}
