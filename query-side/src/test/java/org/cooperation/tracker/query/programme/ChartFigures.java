package org.cooperation.tracker.query.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page's charts and tables say, read back from its HTML as a browser would get it:
 * the ECharts options of its {@code data-chart} elements, and the {@code data-*} figures
 * its table cells carry beside the text they show.
 */
public final class ChartFigures {

	private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");

	private static final Pattern ELEMENT = Pattern.compile("<(td|tr)\\b([^>]*)>");

	private static final Pattern ATTRIBUTE = Pattern.compile("(data-[a-z-]+)=\"([^\"]*)\"");

	private static final ObjectMapper JSON = new ObjectMapper();

	private ChartFigures() {
	}

	/** Every chart's option on the page, in the order they appear. */
	public static List<JsonNode> charts(String html) {
		List<JsonNode> charts = new ArrayList<>();
		Matcher chart = CHART.matcher(html);
		while (chart.find()) {
			try {
				charts.add(JSON.readTree(HtmlUtils.htmlUnescape(chart.group(1))));
			}
			catch (JsonProcessingException ex) {
				throw new AssertionError("a data-chart that is no JSON: " + chart.group(1), ex);
			}
		}
		assertThat(charts).as("charts on the page").isNotEmpty();
		return charts;
	}

	/**
	 * The data attributes of every {@code td} (and {@code tr}) element that has some, in
	 * document order, each without its {@code data-} prefix.
	 */
	public static List<Map<String, String>> cells(String html, String element) {
		List<Map<String, String>> cells = new ArrayList<>();
		Matcher tag = ELEMENT.matcher(html);
		while (tag.find()) {
			if (!tag.group(1).equals(element)) {
				continue;
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
			while (attribute.find()) {
				if (!attribute.group(1).equals("data-chart")) {
					attributes.put(attribute.group(1).substring("data-".length()), attribute.group(2));
				}
			}
			if (!attributes.isEmpty()) {
				cells.add(attributes);
			}
		}
		return cells;
	}

	/** A series' values, zeros included. */
	public static List<Long> values(JsonNode series) {
		List<Long> values = new ArrayList<>();
		series.path("data").forEach((point) -> values.add(point.path("value").asLong()));
		return values;
	}

}
