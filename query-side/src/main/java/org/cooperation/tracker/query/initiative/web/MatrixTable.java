package org.cooperation.tracker.query.initiative.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.matrix.StatusCell;
import org.cooperation.tracker.query.matrix.StatusMatrix;
import org.cooperation.tracker.query.matrix.StatusMatrixRow;
import org.cooperation.tracker.query.web.Display;

/**
 * The status matrix as the dashboard shows it, as a table a spreadsheet reads: one line
 * per initiative and participating country, in the page's order (initiatives as proposed,
 * countries as its columns), worded as the page words them in the reader's language
 * ({@link Display}); days and times as ISO dates, which every spreadsheet sorts. A
 * country that does not take part has no line, as its cell on the page is a dash. Both
 * downloads write this one table, so the CSV and the XLSX cannot say different things.
 */
@RequiredArgsConstructor
class MatrixTable {

	/** What the downloads' files are named after, before the day. */
	static final String FILE = "status-matrix";

	/** The columns' keys in the message bundles, in order. */
	static final List<String> COLUMNS = List.of("column.initiative", "column.kind", "column.country",
			"column.countryCode", "column.status", "column.iati", "column.percent", "column.statusSince",
			"column.lastRecordedUtc", "column.figures", "column.sample");

	/** Recorded times as a spreadsheet sorts them, in every language. */
	private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Display show;

	private final FigureWords figures;

	/** The columns' headings in the reader's language. */
	List<String> headers() {
		return COLUMNS.stream().map(show::label).toList();
	}

	/**
	 * The columns' names for programs, the same in every language: the keys in English
	 * snake_case ({@code column.countryCode} is {@code country_code}).
	 */
	List<String> names() {
		return COLUMNS.stream()
			.map((key) -> key.substring("column.".length()))
			.map((name) -> name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The worksheet's name: the page's title (a sheet name holds at most 31 characters).
	 */
	String sheetName() {
		String title = show.label("matrix.title");
		return title.substring(0, Math.min(31, title.length()));
	}

	/**
	 * The lines of the matrix; each has a value per column: text, a whole number (the
	 * percent) or null where the page shows nothing.
	 */
	List<List<Object>> lines(StatusMatrix matrix) {
		List<List<Object>> lines = new ArrayList<>();
		for (StatusMatrixRow row : matrix.rows()) {
			for (Country country : matrix.countries()) {
				StatusCell cell = row.cells().get(country);
				if (cell != null) {
					lines.add(line(row, country, cell));
				}
			}
		}
		return lines;
	}

	private List<Object> line(StatusMatrixRow row, Country country, StatusCell cell) {
		String counted = cell.figures().stream().map(figures::of).collect(Collectors.joining("; "));
		return Arrays.asList(show.text(row.title()), show.kind(row.kind()), show.country(country), country.name(),
				show.status(cell.status()), cell.iatiCode() + " · " + show.constant(cell.status().iati()),
				cell.percent(), (cell.statusEffectiveOn() != null) ? cell.statusEffectiveOn().toString() : null,
				(cell.lastRecordedAt() != null) ? RECORDED.format(cell.lastRecordedAt()) : null,
				counted.isEmpty() ? null : counted, cell.sample() ? show.label("sample") : null);
	}

}
