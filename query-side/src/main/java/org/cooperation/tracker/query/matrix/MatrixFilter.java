package org.cooperation.tracker.query.matrix;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.QueryValues;

/**
 * Which rows of the status matrix to show, and in which order: the initiatives under one
 * direction, of one kind, with at least one country in one status. Unset parts do not
 * filter; the order is the order proposed unless another is asked for.
 *
 * @param directionId only initiatives under this direction, or null
 * @param kind only initiatives of this kind, or null
 * @param status only initiatives where some country has this status, or null
 * @param order how the rows are sorted
 */
public record MatrixFilter(UUID directionId, InitiativeKind kind, ParticipationStatus status, Order order) {

	/** Every row, as proposed. */
	public static final MatrixFilter ALL = new MatrixFilter(null, null, null, Order.PROPOSED);

	public MatrixFilter {
		order = (order != null) ? order : Order.PROPOSED;
	}

	/**
	 * A filter from query parameters as given, any letter case; a value that names
	 * nothing is an {@link InvalidValueException} that says what it may be.
	 */
	public static MatrixFilter of(String direction, String kind, String status, String sort) {
		return new MatrixFilter(direction(direction), QueryValues.named(InitiativeKind.class, "kind", kind),
				QueryValues.named(ParticipationStatus.class, "status", status),
				QueryValues.named(Order.class, "sort", sort));
	}

	/** Whether any part filters. */
	public boolean narrows() {
		return directionId != null || kind != null || status != null;
	}

	/** Whether an initiative under this direction and of this kind may show. */
	public boolean admits(UUID initiativeDirection, InitiativeKind initiativeKind) {
		return (directionId == null || directionId.equals(initiativeDirection))
				&& (kind == null || kind == initiativeKind);
	}

	/** Whether a row, with its cells, shows. */
	public boolean admits(StatusMatrixRow row) {
		return status == null || row.cells().values().stream().anyMatch((cell) -> cell.status() == status);
	}

	private static UUID direction(String value) {
		if (QueryValues.blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("direction is a direction's id (a UUID), not '" + value.strip() + "'");
		}
	}

	/** The orders the matrix can be read in. */
	public enum Order {

		/**
		 * As the initiatives were proposed, the first first: the rows come in that order
		 * and the sort is stable, so no row goes before another.
		 */
		PROPOSED((one, other) -> 0),

		/** By title as shown, A to Z. */
		TITLE(Comparator.comparing((StatusMatrixRow row) -> (row.title() != null)
				? row.title().preferEnglish().toLowerCase(Locale.ROOT) : "")),

		/** By kind, then as proposed. */
		KIND(Comparator.comparing(StatusMatrixRow::kind, Comparator.nullsLast(Comparator.naturalOrder())));

		private final Comparator<StatusMatrixRow> rows;

		Order(Comparator<StatusMatrixRow> rows) {
			this.rows = rows;
		}

		/** A stable comparison: rows it finds equal stay in the order proposed. */
		public Comparator<StatusMatrixRow> rows() {
			return rows;
		}

	}

}
