package org.cooperation.tracker.query.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import org.cooperation.tracker.access.csv.FormulaCells;

import static org.cooperation.tracker.access.csv.CsvFiles.BYTE_ORDER_MARK;

/**
 * A table written as a CSV file to download, the one way every download of the tracker
 * but the event history writes one: UTF-8 with a byte order mark, without which
 * spreadsheet programs read Cyrillic and Kazakh letters as a legacy code page; RFC 4180
 * quoting; a header line; and no cell a spreadsheet would run as a formula. Titles, notes
 * and names are typed by people in six countries, so a cell that begins with
 * {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, which
 * a spreadsheet shows as text (OWASP's advice on CSV injection). Numbers are written as
 * they are: a negative number is no formula.
 */
public final class CsvDownload {

	public static final String TEXT_CSV = "text/csv;charset=UTF-8";

	private CsvDownload() {
	}

	/**
	 * The file's name: what it holds and the day it was taken, such as
	 * {@code status-matrix-2026-03-01.csv}; the day is UTC's.
	 */
	public static String named(String what, Clock clock) {
		return what + "-" + LocalDate.now(clock) + ".csv";
	}

	/**
	 * Answers with the table as an attachment of that name. Everything that may refuse
	 * the request is read before this is called, so a refusal is still a 4xx problem and
	 * not a broken file.
	 * @param header the columns' names
	 * @param lines a value per column for each line: text, a number, or null for an empty
	 * cell
	 */
	public static void write(HttpServletResponse response, String fileName, List<String> header,
			Iterable<? extends List<?>> lines) throws IOException {
		response.setContentType(TEXT_CSV);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write(BYTE_ORDER_MARK);
		try (CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (List<?> line : lines) {
				List<Object> cells = new ArrayList<>(line.size());
				line.forEach((value) -> cells.add(cell(value)));
				csv.printRecord(cells);
			}
		}
	}

	/**
	 * The value as the cell holds it: text that would start a formula made plain text.
	 */
	static Object cell(Object value) {
		return (value instanceof CharSequence text) ? FormulaCells.asPlainText(text) : value;
	}

}
