package org.cooperation.tracker.query.overview.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cooperation.tracker.query.overview.Overview.CountryProgress;
import org.cooperation.tracker.query.web.Display;

import org.springframework.stereotype.Component;

/**
 * The overview's map as an ECharts option (static/js/charts.js draws it): the six
 * countries of static/geo/central-asia.json, whose features are named by alpha-2 code,
 * coloured by average progress in four bands that the legend names, each with its name
 * and figure written on it in the reader's language. A country that takes part in nothing
 * stays grey and says so. Texts are literal ECharts templates: no function crosses into
 * the page.
 */
@Component
public class OverviewMap {

	/** The name the page registers the shapes under (its data-map-name). */
	static final String MAP_NAME = "central-asia";

	/**
	 * From little progress (light) to much (dark), a sequential scale read without hue.
	 */
	private static final List<String> BANDS = List.of("#deebf7", "#9ecae1", "#4292c6", "#08519c");

	private static final String NO_DATA = "#e6e6e6";

	private final ObjectMapper json;

	private final Display show;

	OverviewMap(ObjectMapper json, Display show) {
		this.json = json;
		this.show = show;
	}

	/** The option as JSON, for the element's data-chart attribute. */
	String option(List<CountryProgress> countries) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "item"));
		option.put("visualMap", legend());
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("type", "map");
		series.put("map", MAP_NAME);
		series.put("roam", false);
		series.put("selectedMode", false);
		series.put("top", 10);
		series.put("bottom", 10);
		series.put("left", 150);
		series.put("right", 10);
		Map<String, String> names = new LinkedHashMap<>();
		countries.forEach((country) -> names.put(country.country().alpha2(), show.country(country.country())));
		series.put("nameMap", names);
		series.put("itemStyle", Map.of("areaColor", NO_DATA, "borderColor", "#ffffff", "borderWidth", 1));
		series.put("label", Map.of("show", true, "color", "#1b1f24", "fontSize", 13, "lineHeight", 17, "fontWeight",
				"bold", "textBorderColor", "#ffffff", "textBorderWidth", 3));
		series.put("emphasis", Map.of("label", Map.of("show", true), "itemStyle", Map.of("areaColor", "#f2a900")));
		series.put("data", countries.stream().map(this::area).toList());
		option.put("series", List.of(series));
		try {
			return json.writeValueAsString(option);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("the overview's map option cannot be written", ex);
		}
	}

	private Map<String, Object> legend() {
		Map<String, Object> legend = new LinkedHashMap<>();
		legend.put("type", "piecewise");
		legend.put("left", 0);
		legend.put("bottom", 10);
		// With a text, a piecewise legend hides its pieces' labels unless told to show
		// them.
		legend.put("text", List.of(show.label("overview.map.legend"), ""));
		legend.put("showLabel", true);
		legend.put("textStyle", Map.of("color", "#1b1f24"));
		legend.put("itemGap", 6);
		legend.put("selectedMode", false);
		legend.put("pieces", List.of(piece(75, 100, 3), piece(50, 75, 2), piece(25, 50, 1), piece(0, 25, 0)));
		legend.put("outOfRange", Map.of("color", NO_DATA));
		return legend;
	}

	/** A band of the legend: from {@code min} (included) to {@code max}. */
	private Map<String, Object> piece(int min, int max, int band) {
		Map<String, Object> piece = new LinkedHashMap<>();
		piece.put("gte", min);
		if (max == 100) {
			piece.put("lte", max);
		}
		else {
			piece.put("lt", max);
		}
		piece.put("color", BANDS.get(band));
		piece.put("label", show.label("overview.map.band", show.percent(min), show.percent(max)));
		return piece;
	}

	private Map<String, Object> area(CountryProgress country) {
		String name = show.country(country.country());
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("name", name);
		if (country.averagePercent() == null) {
			area.put("value", "-");
			String none = show.label("overview.map.none");
			area.put("label", Map.of("formatter", name + "\n" + none));
			area.put("tooltip", Map.of("formatter", name + ": " + none));
			return area;
		}
		String figure = show.percent(country.averagePercent());
		area.put("value", country.averagePercent());
		area.put("label", Map.of("formatter", name + "\n" + figure));
		area.put("tooltip", Map.of("formatter", show.label("overview.map.tooltip", name, figure,
				show.number(country.participations()), show.number(country.reported()))));
		return area;
	}

}
