package org.cooperation.tracker.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one table the benchmark prints: a row per figure, each the median of the runs, with
 * the 1-minute load average (median of the runs' too) beside it, since on a shared
 * machine the figures mean little without it. A row whose measurement failed says why
 * instead; no row is ever left out.
 */
final class ResultTable {

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private static final class Row {

		final Function<Map<String, Double>, String> format;

		final Map<String, List<Double>> samples = new HashMap<>();

		final List<Double> loads = new ArrayList<>();

		final Map<String, String> notes = new LinkedHashMap<>();

		Row(Function<Map<String, Double>, String> format) {
			this.format = format;
		}

	}

	/**
	 * Declares a row, in printing order; {@code format} gets the medians of its figures.
	 */
	void row(String label, Function<Map<String, Double>, String> format) {
		rows.put(label, new Row(format));
	}

	/** One run's figures of a row, with the load average now. */
	void record(String label, Map<String, Double> figures) {
		Row row = rows.get(label);
		figures.forEach((name, value) -> row.samples.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value));
		row.loads.add(loadAverage());
	}

	/**
	 * What to print after the figures, or instead of them (pgbench missing, a measurement
	 * that failed).
	 */
	void note(String label, String note) {
		rows.get(label).notes.put(note.split(":")[0], note);
	}

	String print(String heading, int runs) {
		StringBuilder table = new StringBuilder(heading).append('\n');
		int width = rows.keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
		table.append(String.format("%-" + width + "s%-76s%s%n", "",
				"median of " + runs + (runs == 1 ? " run" : " runs"), "load (1 min)"));
		rows.forEach((label, row) -> {
			Map<String, Double> medians = new HashMap<>();
			row.samples.forEach((name, values) -> medians.put(name, Latencies.median(values)));
			String figures = row.samples.isEmpty() ? "not measured" : row.format.apply(medians);
			if (!row.notes.isEmpty()) {
				String notes = String.join("; ", row.notes.values());
				figures = row.samples.isEmpty() ? notes : figures + "; " + notes;
			}
			double load = Latencies.median(row.loads);
			table.append(String.format("%-" + width + "s%-76s%s%n", label, figures,
					Double.isNaN(load) ? "" : String.format("%.2f", load)));
		});
		return table.toString();
	}

	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

}
