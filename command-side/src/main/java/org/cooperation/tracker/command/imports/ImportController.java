package org.cooperation.tracker.command.imports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.web.CommandController;
import org.cooperation.tracker.command.web.LineRefused;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.cooperation.tracker.access.csv.CsvFiles.BYTE_ORDER_MARK;

/**
 * A liaison's progress reports or calendar submissions from a CSV file: the template to
 * fill in, and the upload, checked whole and then applied whole. The upload is one
 * request under one {@code Idempotency-Key}: its commands run in the transaction the key
 * is claimed in, so the file is recorded completely or not at all, and the same file sent
 * again with the same key gets the first answer back.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "A country's records from a CSV file, checked whole before any is recorded")
class ImportController extends CommandController {

	static final String TEXT_CSV = "text/csv";

	private static final String RULES = "The file follows the kind's template (GET .../template), at most "
			+ CsvUpload.MAX_LINES + " lines. Every line is checked first; any error refuses the whole file with 422 "
			+ "and every error listed under errors, each with its line (the header is line 1) and column. Then the "
			+ "lines are recorded in one transaction: a line refused by the rules refuses the file, naming the "
			+ "line, and nothing is recorded. A cell that starts a spreadsheet formula (= + - @) is refused. The "
			+ "Idempotency-Key is required, derived from the file (csv-<its SHA-256>, say): the same file sent "
			+ "again gets the first answer and records nothing.";

	private final Clock clock;

	private final ProblemTexts texts;

	ImportController(Clock clock, ProblemTexts texts) {
		this.clock = clock;
		this.texts = texts;
	}

	@GetMapping(value = "/progress-reports/template", produces = TEXT_CSV)
	@Operation(operationId = "progressReportTemplate",
			summary = "The CSV template of a progress-report import: its header line",
			description = "Columns: initiative_id (the initiative's id), country (the liaison's own, such as KZ), "
					+ "percent (0-100), as_of (YYYY-MM-DD, today when empty), note, evidence (links separated by "
					+ "spaces). UTF-8; commas or semicolons between cells.")
	ResponseEntity<byte[]> progressReportTemplate() {
		return template("progress-reports", ProgressReportImport.COLUMNS);
	}

	@GetMapping(value = "/calendar-submissions/template", produces = TEXT_CSV)
	@Operation(operationId = "calendarSubmissionTemplate",
			summary = "The CSV template of a calendar-submission import: its header line",
			description = "Columns: initiative_id (a CULTURAL_CALENDAR initiative), country (the liaison's own), "
					+ "edition_year, title_kk, title_ru, title_en (at least one), type (FESTIVAL, EXHIBITION, "
					+ "CONCERT, THEATRE, FILM, HERITAGE_DAY, OTHER), city, start_date, end_date (YYYY-MM-DD), "
					+ "organiser, link (optional), description_kk, description_ru, description_en (optional). UTF-8; "
					+ "commas or semicolons between cells.")
	ResponseEntity<byte[]> calendarSubmissionTemplate() {
		return template("calendar-submissions", CalendarSubmissionImport.COLUMNS);
	}

	@PostMapping(value = "/progress-reports", consumes = TEXT_CSV)
	@Operation(operationId = "importProgressReports",
			summary = "File a country's progress reports from a CSV file, all or none", description = RULES)
	ImportApplied importProgressReports(@RequestBody byte[] file, HttpServletRequest request) {
		CsvUpload upload = upload(file, request, ProgressReportImport.COLUMNS);
		return apply(upload, ProgressReportImport.checked(upload, Callers.current(), clock));
	}

	@PostMapping(value = "/calendar-submissions", consumes = TEXT_CSV)
	@Operation(operationId = "importCalendarSubmissions",
			summary = "Submit a country's cultural events for the calendar from a CSV file, all or none",
			description = RULES)
	ImportApplied importCalendarSubmissions(@RequestBody byte[] file, HttpServletRequest request) {
		CsvUpload upload = upload(file, request, CalendarSubmissionImport.COLUMNS);
		return apply(upload, CalendarSubmissionImport.checked(upload, Callers.current()));
	}

	private static ResponseEntity<byte[]> template(String kind, List<String> columns) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(kind + "-template.csv").build().toString())
			.body((BYTE_ORDER_MARK + String.join(",", columns) + "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The file's lines; the request's Idempotency-Key is documented, and replayed, as for
	 * every write (IdempotentRetries); an import also requires it, since it is what makes
	 * the upload once-only and its commands one transaction.
	 */
	private static CsvUpload upload(byte[] file, HttpServletRequest request, List<String> columns) {
		// A country's records are imported by its liaison; anyone else is refused before
		// the
		// file is read, as any other write of theirs would be (each line's country is
		// then
		// checked against the liaison's own, LineCells).
		Caller caller = Callers.current();
		if (caller == null || !caller.is(Role.LIAISON) || caller.country() == null) {
			throw new AccessRefused("only a country's liaison imports its records from a file",
					Phrase.of("command.import.onlyLiaisons"));
		}
		if (request.getHeader("Idempotency-Key") == null) {
			throw new InvalidValueException("an import needs an Idempotency-Key derived from the file",
					Phrase.of("command.import.keyRequired"));
		}
		return CsvUpload.read(file, columns);
	}

	/**
	 * Sends the lines' commands in order, all in the request's transaction: a line
	 * refused refuses the file, naming the line, and what the lines before it recorded is
	 * rolled back with it.
	 */
	private ImportApplied apply(CsvUpload upload, List<ImportedLine> lines) {
		for (ImportedLine line : lines) {
			try {
				commands.sendAndWait(line.command());
			}
			catch (RuntimeException refused) {
				throw new LineRefused(line.number(), refused);
			}
		}
		return new ImportApplied(upload.sha256(), lines.size(),
				lines.stream().map((line) -> new Recorded(line.number(), line.record())).toList());
	}

	/** The file refused whole: 422 with every error, each naming its line and column. */
	@ExceptionHandler(LinesRefused.class)
	ResponseEntity<ProblemDetail> linesRefused(LinesRefused refused) {
		var language = ProblemTexts.current();
		ProblemDetail problem = texts.problem(HttpStatus.UNPROCESSABLE_ENTITY, "command.title.importRefused",
				Phrase.of("command.import.refused", String.valueOf(refused.errors().size())), language);
		problem.setProperty("errors", refused.errors()
			.stream()
			.map((error) -> Map.of("line", error.line(), "column", (error.column() != null) ? error.column() : "",
					"detail", texts.text(error.why(), language)))
			.toList());
		return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * @param file the file's SHA-256, hex
	 * @param lines how many lines were recorded
	 * @param records the id each line's record was given, by line (the header is line 1)
	 */
	record ImportApplied(String file, int lines, List<Recorded> records) {
	}

	record Recorded(int line, UUID id) {
	}

}
