package org.cooperation.tracker.command.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
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

	private ProgressReportImport() {
	}

	/** Every line of the file as a report to file, or every error found in them. */
	static List<ImportedLine> checked(CsvUpload file, Caller caller, Clock clock) {
		List<ImportedLine> lines = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		for (CsvLine line : file.lines()) {
			LineCells cells = new LineCells(line, errors, Set.of("percent"));
			UUID initiative = cells.uuid("initiative_id");
			Country country = cells.country("country", caller, "report progress for");
			Integer percent = cells.integer("percent");
			ProgressPercent checkedPercent = (percent == null) ? null
					: cells.checked("percent", () -> new ProgressPercent(percent));
			LocalDate asOf = cells.pastDay("as_of", clock, "a progress report");
			if (cells.failed()) {
				continue;
			}
			try {
				ProgressReportId id = new ProgressReportId(file.idOf(caller, line));
				lines.add(new ImportedLine(line.number(), id.value(),
						new FileProgressReport(new InitiativeId(initiative), id, country, checkedPercent, asOf,
								cells.text("note"), evidence(cells.text("evidence")))));
			}
			catch (RuntimeException refused) {
				cells.lineRefused(refused);
			}
		}
		if (!errors.isEmpty()) {
			LineCells.sort(errors, COLUMNS);
			throw new LinesRefused(errors);
		}
		return lines;
	}

	private static List<EvidenceLink> evidence(String links) {
		return (links == null) ? List.of() : Arrays.stream(links.split("\\s+")).map(EvidenceLink::of).toList();
	}

}
