package org.cooperation.tracker.query.programme.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix;
import org.cooperation.tracker.query.programme.archive.ExchangeMatrix.ExchangeMatrixRow;
import org.cooperation.tracker.query.programme.archive.PairCounts;
import org.cooperation.tracker.query.web.Display;

/**
 * The exchange matrix as an ECharts heat map, in the reader's language: holders down,
 * receivers across, each pair's copies written in its cell, as the matrix's table counts
 * them. A country's own cell is left empty, as the table leaves it.
 */
final class ExchangeHeatMap {

	private ExchangeHeatMap() {
	}

	/** The option to draw: every pair as [receiver index, holder index, copies]. */
	static Map<String, Object> option(ExchangeMatrix matrix, Display show) {
		List<Country> countries = matrix.countries();
		List<String> names = countries.stream().map(show::country).toList();
		List<List<Object>> cells = new ArrayList<>();
		long most = 0;
		for (ExchangeMatrixRow row : matrix.rows()) {
			int holder = countries.indexOf(row.holder());
			for (Map.Entry<Country, PairCounts> pair : row.receivers().entrySet()) {
				long copies = pair.getValue().total();
				most = Math.max(most, copies);
				cells.add(List.of(countries.indexOf(pair.getKey()), holder, copies));
			}
		}
		String copies = show.label("archive.chart.copies");
		return Map.of("tooltip", Map.of("position", "top"), "grid",
				Map.of("left", 8, "right", 96, "top", 36, "bottom", 40, "containLabel", true), "xAxis",
				axis(names, show.label("archive.chart.receiver"), false), "yAxis",
				axis(names, show.label("archive.chart.holder"), true), "visualMap",
				Map.of("min", 0, "max", Math.max(most, 1), "calculable", true, "orient", "vertical", "right", 0, "top",
						"middle", "text", List.of(copies, "0"), "inRange",
						Map.of("color", List.of("#f6f8fa", "#8cb4e8", "#0a3069"))),
				"series", List.of(Map.of("name", copies, "type", "heatmap", "data", cells, "label",
						Map.of("show", true, "fontSize", 14, "fontWeight", "bold"))));
	}

	private static Map<String, Object> axis(List<String> names, String name, boolean holders) {
		return Map.of("type", "category", "data", names, "name", name, "nameLocation", holders ? "start" : "middle",
				"nameGap", holders ? 12 : 28, "inverse", holders, "splitArea", Map.of("show", true), "axisLabel",
				Map.of("interval", 0));
	}

}
