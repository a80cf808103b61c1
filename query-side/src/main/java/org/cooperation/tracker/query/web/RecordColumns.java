package org.cooperation.tracker.query.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * The columns of a programme record list as its CSV download: one flat line per record,
 * each column named in English snake_case, the names the API keeps stable for programs
 * that read the files. A column and the value it holds are declared together, so a header
 * and its lines cannot fall out of step. Values are written as the API's JSON writes
 * them, not as a page words them: ISO-8601 days and instants, constants by name,
 * countries by their alpha-2 code; a multilingual text is three columns, {@code _kk},
 * {@code _ru} and {@code _en}.
 *
 * @param <T> the record a line shows
 */
public final class RecordColumns<T> {

	private final List<String> names = new ArrayList<>();

	private final List<Function<T, Object>> values = new ArrayList<>();

	/**
	 * A column of one value: text, a number, a boolean, a day, an instant or a constant.
	 */
	public RecordColumns<T> column(String name, Function<T, ?> value) {
		names.add(name);
		values.add((record) -> plain(value.apply(record)));
		return this;
	}

	/** Three columns of a multilingual text: name_kk, name_ru and name_en. */
	public RecordColumns<T> text(String name, Function<T, LocalizedText> value) {
		column(name + "_kk", (record) -> language(value.apply(record), LocalizedText::kk));
		column(name + "_ru", (record) -> language(value.apply(record), LocalizedText::ru));
		return column(name + "_en", (record) -> language(value.apply(record), LocalizedText::en));
	}

	public List<String> names() {
		return List.copyOf(names);
	}

	/** A record's line, a value per column. */
	public List<Object> line(T record) {
		return values.stream().map((value) -> value.apply(record)).toList();
	}

	/**
	 * Answers with the records as a CSV attachment named for the kind, the initiative and
	 * the day, such as {@code calendar-submissions-<initiative id>-2026-03-01.csv}.
	 */
	public void write(String kind, UUID initiativeId, List<T> records, Clock clock, HttpServletResponse response)
			throws IOException {
		CsvDownload.write(response, CsvDownload.named(kind + "-" + initiativeId, clock), names,
				records.stream().map(this::line).toList());
	}

	private static String language(LocalizedText text, Function<LocalizedText, String> language) {
		return (text != null) ? language.apply(text) : null;
	}

	/**
	 * The value as the JSON answer gives it: a list as its entries joined by "; ", a
	 * constant by its name (a country's is its alpha-2 code).
	 */
	private static Object plain(Object value) {
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Instant || value instanceof LocalDate || value instanceof UUID) {
			return value.toString();
		}
		if (value instanceof Collection<?> entries) {
			return entries.stream().map(RecordColumns::plain).map(String::valueOf).collect(Collectors.joining("; "));
		}
		return value;
	}

}
