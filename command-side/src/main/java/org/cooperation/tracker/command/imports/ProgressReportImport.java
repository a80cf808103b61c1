package org.cooperation.tracker.command.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cooperation.tracker.access.csv.FormulaCells;
import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;

/**
 * A file of progress reports, a line each, as the REST API's progress report takes them:
 * the initiative, the reporting country (the liaison's own), the percent, the day it
 * describes (today when empty), a note and evidence links (separated by spaces). Every
 * line is checked as that API checks a report, and every error of the file is listed
 * before anything is filed.
 * <p>
 * Each report's id derives from the caller, the file's SHA-256 and the line, so the same
 * file uploaded again names the same reports, which the initiative refuses to file twice.
 */
final class ProgressReportImport {

	static final List<String> COLUMNS = List.of("initiative_id", "country", "percent", "as_of", "note", "evidence");

	/** The template to download: its header line, the columns in order. */
	static final String TEMPLATE = String.join(",", COLUMNS) + "\r\n";

	private ProgressReportImport() {
	}

	/** The line's report: checked, ready to be filed. */
	record Line(int number, FileProgressReport report) {
	}

	/** Every line of the file as a report to file, or every error found in them. */
	static List<Line> checked(CsvUpload file, Caller caller, Clock clock) {
		List<Line> lines = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		for (CsvLine line : file.lines()) {
			LineCheck check = new LineCheck(line, errors);
			check.formulas();
			UUID initiative = check.uuid("initiative_id");
			Country country = check.country(caller);
			ProgressPercent percent = check.percent("percent");
			LocalDate asOf = check.day("as_of", clock);
			if (check.failed()) {
				continue;
			}
			try {
				ProgressReportId id = new ProgressReportId(
						UUID.nameUUIDFromBytes((caller.name() + "\n" + file.sha256() + "\n" + line.number())
							.getBytes(StandardCharsets.UTF_8)));
				List<EvidenceLink> evidence = (line.cell("evidence") == null) ? List.of()
						: Arrays.stream(line.cell("evidence").split("\\s+")).map(EvidenceLink::of).toList();
				lines.add(new Line(line.number(), new FileProgressReport(new InitiativeId(initiative), id, country,
						percent, asOf, line.cell("note"), evidence)));
			}
			catch (RuntimeException refused) {
				errors.add(new LineError(line.number(), null, Phrase.wording(refused)));
			}
		}
		if (!errors.isEmpty()) {
			// As the file reads: line by line, each line's cells from left to right.
			errors.sort(Comparator.comparingInt(LineError::line)
				.thenComparingInt((error) -> COLUMNS.indexOf(error.column())));
			throw new LinesRefused(errors);
		}
		return lines;
	}

	/** The checks of one line's cells, each error added to the file's list. */
	private static final class LineCheck {

		private final CsvLine line;

		private final List<LineError> errors;

		private final int errorsBefore;

		/** Columns already refused: their other checks would only repeat the error. */
		private final Set<String> refused = new HashSet<>();

		LineCheck(CsvLine line, List<LineError> errors) {
			this.line = line;
			this.errors = errors;
			this.errorsBefore = errors.size();
		}

		boolean failed() {
			return errors.size() > errorsBefore;
		}

		/**
		 * No cell of the line starts a spreadsheet formula: a file exported from a
		 * spreadsheet may carry one ({@code =HYPERLINK(...)}), and what is recorded is
		 * shown and downloaded again. A percent is a number and is checked as one.
		 */
		void formulas() {
			line.cells().forEach((column, value) -> {
				if (!"percent".equals(column) && FormulaCells.startsAFormula(value)) {
					error(column, Phrase.of("command.import.formula", column, value.substring(0, 1)));
				}
			});
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

		/** The reporting country, which only its own liaison may report for. */
		Country country(Caller caller) {
			String value = required("country");
			if (value == null) {
				return null;
			}
			try {
				Country country = Country.fromCode(value);
				Access.liaisonOf(caller, country, "report progress for " + country.nameEn());
				return country;
			}
			catch (RuntimeException refused) {
				error("country", Phrase.wording(refused));
				return null;
			}
		}

		ProgressPercent percent(String column) {
			String value = required(column);
			if (value == null) {
				return null;
			}
			try {
				return new ProgressPercent(Integer.parseInt(value));
			}
			catch (NumberFormatException ex) {
				error(column, Phrase.of("command.import.notNumber", Checks.excerpt(value), column));
			}
			catch (RuntimeException refused) {
				error(column, Phrase.wording(refused));
			}
			return null;
		}

		/** A day that has come, not before the tracker's earliest; today when empty. */
		LocalDate day(String column, Clock clock) {
			if (refused.contains(column)) {
				return null;
			}
			String value = line.cell(column);
			if (value == null) {
				return LocalDate.now(clock);
			}
			try {
				LocalDate day = LocalDate.parse(value);
				if (day.isBefore(Checks.EARLIEST_DATE)) {
					error(column, Phrase.of("command.import.tooEarly", value, Checks.EARLIEST_DATE.toString()));
					return null;
				}
				NotInTheFuture.day(day, clock, "a progress report");
				return day;
			}
			catch (DateTimeParseException ex) {
				error(column, Phrase.of("command.import.notDate", Checks.excerpt(value), column));
			}
			catch (RuntimeException refused) {
				error(column, Phrase.wording(refused));
			}
			return null;
		}

		private String required(String column) {
			if (refused.contains(column)) {
				return null;
			}
			String value = line.cell(column);
			if (value == null) {
				error(column, Phrase.of("command.import.required", column));
			}
			return value;
		}

		private void error(String column, Phrase why) {
			refused.add(column);
			errors.add(new LineError(line.number(), column, why));
		}

	}

}
