package org.cooperation.tracker.command.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;

/**
 * A file of a country's cultural events for the calendar, an event a line, as the REST
 * API's calendar submission takes them: the calendar initiative, the submitting country
 * (the liaison's own), the edition year, the title in Kazakh, Russian and English (at
 * least one), the type, city, first and last day, organiser, a link and a description in
 * the three languages (optional). Each submission's id derives from the caller, the
 * file's SHA-256 and the line, so the same file uploaded again names submissions that
 * exist already, and records nothing.
 */
final class CalendarSubmissionImport {

	static final List<String> COLUMNS = List.of("initiative_id", "country", "edition_year", "title_kk", "title_ru",
			"title_en", "type", "city", "start_date", "end_date", "organiser", "link", "description_kk",
			"description_ru", "description_en");

	private CalendarSubmissionImport() {
	}

	/** Every line of the file as a submission to make, or every error found in them. */
	static List<ImportedLine> checked(CsvUpload file, Caller caller) {
		List<ImportedLine> lines = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		for (CsvLine line : file.lines()) {
			LineCells cells = new LineCells(line, errors, Set.of("edition_year"));
			UUID initiative = cells.uuid("initiative_id");
			Country country = cells.country("country", caller, "submit calendar events for");
			Integer year = cells.integer("edition_year");
			EditionYear edition = (year == null) ? null : cells.checked("edition_year", () -> new EditionYear(year));
			CulturalEventType type = cells.oneOf("type", CulturalEventType.class);
			LocalDate start = cells.requiredDay("start_date");
			LocalDate end = cells.requiredDay("end_date");
			if (cells.failed()) {
				continue;
			}
			try {
				CalendarSubmissionId id = new CalendarSubmissionId(file.idOf(caller, line));
				String link = cells.text("link");
				CulturalEvent event = new CulturalEvent(text(cells, "title"), type, cells.text("city"), start, end,
						cells.text("organiser"), (link == null) ? null : EvidenceLink.of(link),
						text(cells, "description"));
				lines.add(new ImportedLine(line.number(), id.value(),
						new SubmitCalendarEvent(id, new InitiativeId(initiative), country, edition, event)));
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

	/**
	 * The text of the three columns {@code <name>_kk/_ru/_en}; null when all are empty.
	 */
	private static LocalizedText text(LineCells cells, String name) {
		String kk = cells.text(name + "_kk");
		String ru = cells.text(name + "_ru");
		String en = cells.text(name + "_en");
		return (kk == null && ru == null && en == null) ? null : new LocalizedText(kk, ru, en);
	}

}
