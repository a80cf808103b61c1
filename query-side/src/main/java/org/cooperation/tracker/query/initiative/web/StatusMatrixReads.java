package org.cooperation.tracker.query.initiative.web;

import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.live.KeptUntilChanged;
import org.cooperation.tracker.query.live.ReadModelGeneration;
import org.cooperation.tracker.query.matrix.MatrixFilter;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.matrix.StatusMatrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

	/**
	 * The API's answer as the bytes it is sent as: a matrix of 200 initiatives is some
	 * 270 KB of JSON, and writing it out again for every reader was most of what a read
	 * of a kept matrix cost (issue 13, P4).
	 */
	private final KeptUntilChanged<Asked, byte[]> keptJson;

	private final ObjectMapper json;

	StatusMatrixReads(InitiativeQueries initiatives, ReadModelGeneration generation, ObjectMapper json) {
		this.initiatives = initiatives;
		this.kept = new KeptUntilChanged<>(generation, FILTERS_KEPT);
		this.keptJson = new KeptUntilChanged<>(generation, FILTERS_KEPT);
		this.json = json;
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

	/**
	 * The matrix at a moment as JSON, written by the application's own
	 * {@link ObjectMapper} (so exactly what answering the matrix itself would send) once
	 * per change of the read models.
	 */
	byte[] matrixJson(MatrixFilter filter, Moment moment) {
		return keptJson.get(new Asked(filter, moment), (asked) -> {
			try {
				return json.writeValueAsBytes(matrix(asked.filter(), asked.moment()));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("the status matrix could not be written as JSON", ex);
			}
		});
	}

	private record Asked(MatrixFilter filter, Moment moment) {
	}

}
