package org.cooperation.tracker.query.programme.culturaltour.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.query.programme.culturaltour.CountryDigitisation;
import org.cooperation.tracker.query.programme.culturaltour.DigitisationCounts;
import org.cooperation.tracker.query.web.Display;

/**
 * Film digitisation as an ECharts option: one bar per country, stacked by digitisation
 * state in the order the work is done, in the reader's language. The same figures are in
 * the table beside it.
 */
final class DigitisationChart {

	/**
	 * One colour per state, from grey (not yet looked at) through amber and blue (the
	 * work under way) to greens (a digital master exists): the later the step, the
	 * darker. The pattern (decal) of each series and the legend say the same without
	 * colour.
	 */
	private static final Map<DigitisationState, String> COLOURS = Map.of(DigitisationState.NOT_ASSESSED, "#8c959f",
			DigitisationState.QUEUED, "#d4a72c", DigitisationState.SCANNING, "#fb8f44", DigitisationState.RESTORED,
			"#54aeff", DigitisationState.DIGITISED, "#2da44e", DigitisationState.PUBLISHED, "#116329");

	private DigitisationChart() {
	}

	static Map<String, Object> option(DigitisationCounts counts, Display show) {
		List<CountryDigitisation> countries = counts.countries();
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
		option.put("legend", Map.of("top", 0, "type", "scroll"));
		option.put("grid", Map.of("left", 8, "right", 16, "top", 56, "bottom", 8, "containLabel", true));
		option.put("xAxis", Map.of("type", "category", "data",
				countries.stream().map((country) -> show.country(country.country())).toList()));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", show.label("culturaltour.chart.films")));
		option.put("series",
				List.of(DigitisationState.values())
					.stream()
					.map((state) -> series(state, show.constant(state), countries))
					.toList());
		// ECharts writes the label into the element's aria-label: the page's own words,
		// not
		// its generated English description.
		option.put("aria", Map.of("enabled", true, "label",
				Map.of("description", show.label("culturaltour.chart.label")), "decal", Map.of("show", true)));
		return option;
	}

	private static Map<String, Object> series(DigitisationState state, String name,
			List<CountryDigitisation> countries) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("name", name);
		series.put("type", "bar");
		series.put("stack", "films");
		series.put("emphasis", Map.of("focus", "series"));
		series.put("itemStyle", Map.of("color", COLOURS.get(state)));
		series.put("data", countries.stream().map((country) -> country.byState().getOrDefault(state, 0L)).toList());
		return series;
	}

}
