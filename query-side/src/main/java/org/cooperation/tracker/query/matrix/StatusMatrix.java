package org.cooperation.tracker.query.matrix;

import org.cooperation.tracker.query.common.Moment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cooperation.tracker.kernel.country.Country;

/**
 * Every initiative against every participating country.
 *
 * @param countries each country that participates in any initiative, in the order of
 * {@link Country}
 * @param rows one row per initiative, in the order they were proposed
 * @param moment when the matrix stands: now, or in the past on one of the two time axes
 */
public record StatusMatrix(List<Country> countries, List<StatusMatrixRow> rows, Moment moment) {

	/** The matrix as it stands now. */
	public StatusMatrix(List<Country> countries, List<StatusMatrixRow> rows) {
		this(countries, rows, Moment.NOW);
	}

	/** When the latest of its cells was recorded, or null for a matrix without any. */
	public Instant lastRecordedAt() {
		return rows.stream()
			.flatMap((row) -> row.cells().values().stream())
			.map(StatusCell::lastRecordedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
