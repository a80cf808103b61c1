package org.cooperation.tracker.query.initiative.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.matrix.StatusCell;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.matrix.StatusMatrixRow;

/**
 * The status matrix shown against the same matrix at another moment: which of its cells
 * changed in between (a status or a percent other than then, or no cell then), and what
 * each was then. The page marks the changed cells and says what they were.
 */
public final class MatrixComparison {

	private final StatusMatrix then;

	private final Map<UUID, Map<Country, StatusCell>> cellsThen = new HashMap<>();

	private final int changed;

	private final int cells;

	MatrixComparison(StatusMatrix shown, StatusMatrix then) {
		this.then = then;
		for (StatusMatrixRow row : then.rows()) {
			cellsThen.put(row.initiativeId(), new EnumMap<>(row.cells().isEmpty() ? Map.of() : row.cells()));
		}
		int changedCells = 0;
		int allCells = 0;
		for (StatusMatrixRow row : shown.rows()) {
			for (Map.Entry<Country, StatusCell> cell : row.cells().entrySet()) {
				allCells++;
				if (changed(row.initiativeId(), cell.getKey(), cell.getValue())) {
					changedCells++;
				}
			}
		}
		this.changed = changedCells;
		this.cells = allCells;
	}

	/** The matrix compared with. */
	public StatusMatrix then() {
		return then;
	}

	/** The cell at the other moment, or null when there was none. */
	public StatusCell then(UUID initiativeId, Country country) {
		return cellsThen.getOrDefault(initiativeId, Map.of()).get(country);
	}

	/** True when the cell's status or percent differs from the other moment's. */
	public boolean changed(UUID initiativeId, Country country, StatusCell now) {
		StatusCell before = then(initiativeId, country);
		return before == null || before.status() != now.status() || !Objects.equals(before.percent(), now.percent());
	}

	public int changedCells() {
		return changed;
	}

	public int cells() {
		return cells;
	}

}
