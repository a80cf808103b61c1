package org.cooperation.tracker.command.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.cooperation.tracker.access.csv.FormulaCells;
import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The cells of one line read as the REST API reads the same fields, each error added to
 * the file's list under its line and column; a cell already refused is not checked again.
 * A cell that would start a spreadsheet formula is refused in every text column: a file
 * exported from a spreadsheet may carry one ({@code =HYPERLINK(...)}), and what is
 * recorded is shown and downloaded again.
 */
final class LineCells {

	private final CsvLine line;

	private final List<LineError> errors;

	private final int errorsBefore;

	private final Set<String> refused = new HashSet<>();

	/**
	 * @param numbers the columns read as numbers, where a leading minus is a sign, not a
	 * formula
	 */
	LineCells(CsvLine line, List<LineError> errors, Set<String> numbers) {
		this.line = line;
		this.errors = errors;
		this.errorsBefore = errors.size();
		line.cells().forEach((column, value) -> {
			if (!numbers.contains(column) && FormulaCells.startsAFormula(value)) {
				error(column, Phrase.of("command.import.formula", column, value.substring(0, 1)));
			}
		});
	}

	int number() {
		return line.number();
	}

	boolean failed() {
		return errors.size() > errorsBefore;
	}

	/** The errors of a file in the order it reads: by line, then column by column. */
	static void sort(List<LineError> errors, List<String> columns) {
		errors.sort(
				Comparator.comparingInt(LineError::line).thenComparingInt((error) -> columns.indexOf(error.column())));
	}

	/** The cell, trimmed; null when empty or refused. */
	String text(String column) {
		return refused.contains(column) ? null : line.cell(column);
	}

	String required(String column) {
		if (refused.contains(column)) {
			return null;
		}
		String value = line.cell(column);
		if (value == null) {
			error(column, Phrase.of("command.import.required", column));
		}
		return value;
	}

	UUID uuid(String column) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			error(column, Phrase.of("command.import.notId", Checks.excerpt(value), column));
			return null;
		}
	}

	/** The acting country, which only its own liaison may act for. */
	Country country(String column, Caller caller, String action) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		return checked(column, () -> {
			Country country = Country.fromCode(value);
			Access.liaisonOf(caller, country, action + " " + country.nameEn());
			return country;
		});
	}

	Integer integer(String column) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			error(column, Phrase.of("command.import.notNumber", Checks.excerpt(value), column));
			return null;
		}
	}

	/** A day written YYYY-MM-DD, not before the tracker's earliest; null when empty. */
	LocalDate day(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value);
			if (day.isBefore(Checks.EARLIEST_DATE)) {
				error(column, Phrase.of("command.import.tooEarly", value, Checks.EARLIEST_DATE.toString()));
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			error(column, Phrase.of("command.import.notDate", Checks.excerpt(value), column));
			return null;
		}
	}

	LocalDate requiredDay(String column) {
		return (required(column) == null) ? null : day(column);
	}

	/** A day something took place: today when empty, never in the future. */
	LocalDate pastDay(String column, Clock clock, String what) {
		if (refused.contains(column)) {
			return null;
		}
		LocalDate day = (line.cell(column) == null) ? LocalDate.now(clock) : day(column);
		if (day == null) {
			return null;
		}
		return checked(column, () -> {
			NotInTheFuture.day(day, clock, what);
			return day;
		});
	}

	/** One of the enum's constants, written in any letter case. */
	<E extends Enum<E>> E oneOf(String column, Class<E> type) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			List<String> names = new ArrayList<>();
			for (E constant : type.getEnumConstants()) {
				names.add(constant.name());
			}
			error(column,
					Phrase.of("command.import.notOneOf", Checks.excerpt(value), column, String.join(", ", names)));
			return null;
		}
	}

	/**
	 * The value a check makes of the cell, or null with the check's refusal as the cell's
	 * error.
	 */
	<T> T checked(String column, Supplier<T> check) {
		try {
			return check.get();
		}
		catch (RuntimeException refusal) {
			error(column, Phrase.wording(refusal));
			return null;
		}
	}

	/** What a check of the whole line refused, as the line's error. */
	void lineRefused(RuntimeException refusal) {
		error(null, Phrase.wording(refusal));
	}

	private void error(String column, Phrase why) {
		if (column != null) {
			refused.add(column);
		}
		errors.add(new LineError(line.number(), column, why));
	}

}
