package org.cooperation.tracker.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.Phrase;

import static org.cooperation.tracker.access.csv.CsvFiles.BYTE_ORDER_MARK;

/**
 * A CSV file as a liaison uploads it: UTF-8 text (with the byte order mark spreadsheets
 * write, or without), RFC 4180 quoting, commas or semicolons between cells (a spreadsheet
 * set to Russian or Kazakh saves with semicolons), a first line naming the template's
 * columns, then at most {@link #MAX_LINES} lines. A file that is none of this is refused
 * before any line is looked at; lines are numbered as a spreadsheet numbers its rows.
 */
final class CsvUpload {

	/** More than a country reports at once; a larger file is split. */
	static final int MAX_LINES = 500;

	private final String sha256;

	private final List<CsvLine> lines;

	private CsvUpload(String sha256, List<CsvLine> lines) {
		this.sha256 = sha256;
		this.lines = lines;
	}

	/** The file's lines under the template's columns, or {@link LinesRefused}. */
	static CsvUpload read(byte[] file, List<String> columns) {
		String text = text(file);
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			text = text.substring(1);
		}
		char delimiter = delimiter(text);
		List<CsvLine> lines = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get())) {
			int number = 0;
			for (CSVRecord record : parser) {
				number++;
				if (number == 1) {
					header(record, columns);
					continue;
				}
				if (number > MAX_LINES + 1) {
					throw new LinesRefused(new LineError(number, null,
							Phrase.of("command.import.tooManyLines", String.valueOf(MAX_LINES))));
				}
				if (record.size() == columns.size()) {
					lines.add(line(number, record, columns));
				}
				else {
					errors.add(new LineError(number, null, Phrase.of("command.import.cells",
							String.valueOf(record.size()), String.valueOf(columns.size()))));
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new LinesRefused(
					new LineError(lines.size() + errors.size() + 2, null, Phrase.of("command.import.malformed")));
		}
		if (!errors.isEmpty()) {
			throw new LinesRefused(errors);
		}
		if (lines.isEmpty()) {
			throw new LinesRefused(new LineError(2, null, Phrase.of("command.import.empty")));
		}
		return new CsvUpload(sha256(file), List.copyOf(lines));
	}

	/** The file's SHA-256, hex: what its lines' records are derived from. */
	String sha256() {
		return sha256;
	}

	/**
	 * The id of what the line records, the same each time this caller uploads this file:
	 * derived from the caller, the file's SHA-256 and the line.
	 */
	UUID idOf(Caller caller, CsvLine line) {
		return UUID
			.nameUUIDFromBytes((caller.name() + "\n" + sha256 + "\n" + line.number()).getBytes(StandardCharsets.UTF_8));
	}

	List<CsvLine> lines() {
		return lines;
	}

	/**
	 * The file as text: strict UTF-8 without NUL characters; a spreadsheet's own format,
	 * a PDF or an image renamed .csv fails here.
	 */
	private static String text(byte[] file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
			if (text.indexOf('\0') < 0) {
				return text;
			}
		}
		catch (CharacterCodingException notUtf8) {
			// refused below
		}
		throw new LinesRefused(new LineError(1, null, Phrase.of("command.import.notText")));
	}

	/** Semicolons when the header line holds more of them than commas. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = (end < 0) ? text : text.substring(0, end);
		long semicolons = header.chars().filter((c) -> c == ';').count();
		long commas = header.chars().filter((c) -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

	private static void header(CSVRecord record, List<String> columns) {
		List<String> named = record.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toList();
		if (!named.equals(columns)) {
			throw new LinesRefused(
					new LineError(1, null, Phrase.of("command.import.header", String.join(", ", columns))));
		}
	}

	private static CsvLine line(int number, CSVRecord record, List<String> columns) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			cells.put(columns.get(i), record.get(i));
		}
		return new CsvLine(number, cells);
	}

	private static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
