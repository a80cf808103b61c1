package org.cooperation.tracker.query.initiative.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.initiative.CountryProgress;
import org.cooperation.tracker.query.web.Display;

/**
 * A country's progress over time as an ECharts line chart: one line per initiative, named
 * by its title in the reader's language, through the percent of each day a report
 * describes. The option is JSON with no function in it (the page runs no script of its
 * own): labels are formatted by ECharts' string templates.
 */
@Component
@RequiredArgsConstructor
public class ProgressChart {

	private final ObjectMapper json;

	private final Display show;

	/** The chart's option as JSON, or null when the country has reported nothing. */
	String option(CountryProgress progress) {
		if (progress.series().isEmpty()) {
			return null;
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of("type", "scroll", "top", 0));
		option.put("grid", Map.of("left", 16, "right", 32, "top", 48, "bottom", 16, "containLabel", true));
		option.put("xAxis",
				Map.of("type", "time", "axisLabel", Map.of("formatter", datePattern(), "hideOverlap", true)));
		option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel",
				Map.of("formatter", show.percent(50).replace("50", "{value}"))));
		option.put("series", progress.series().stream().map(this::series).toList());
		try {
			return json.writeValueAsString(option);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("a chart of plain maps and lists could not be written as JSON", ex);
		}
	}

	private Map<String, Object> series(CountryProgress.Series series) {
		String name = show.text(series.title());
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("type", "line");
		// Demo data is said in the legend too, not only in the table.
		line.put("name", series.sample() ? name + " (" + show.label("sample") + ")" : name);
		line.put("symbolSize", 8);
		line.put("data",
				series.points().stream().map((point) -> List.of(point.asOf().toString(), point.percent())).toList());
		return line;
	}

	/** The day on the time axis in the reader's numeric order; ECharts fills it in. */
	private static String datePattern() {
		return switch (LocaleContextHolder.getLocale().getLanguage()) {
			case "kk", "ru" -> "{dd}.{MM}.{yyyy}";
			default -> "{yyyy}-{MM}-{dd}";
		};
	}

}
