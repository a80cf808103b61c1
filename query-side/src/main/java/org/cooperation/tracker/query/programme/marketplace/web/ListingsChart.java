package org.cooperation.tracker.query.programme.marketplace.web;

import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.query.programme.marketplace.MarketplaceListings;
import org.cooperation.tracker.query.web.Display;

/**
 * The listings shown as an ECharts bar chart, in the reader's language: a bar per
 * country, stacked by craft, each part labelled with its count, as the counts table gives
 * them.
 */
final class ListingsChart {

	private ListingsChart() {
	}

	/** The option to draw: a series per craft shown, a value per country shown. */
	static Map<String, Object> option(MarketplaceListings market, Display show) {
		List<Country> countries = List.copyOf(market.byCountryAndCraft().keySet());
		List<Map<String, Object>> series = market.byCraft()
			.keySet()
			.stream()
			.map((craft) -> series(show.constant(craft),
					countries.stream()
						.map((country) -> count(market.byCountryAndCraft().get(country).getOrDefault(craft, 0L)))
						.toList()))
			.toList();
		return Map.of("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")), "legend",
				Map.of("type", "scroll", "bottom", 0), "grid",
				Map.of("left", 8, "right", 16, "top", 32, "bottom", 48, "containLabel", true), "xAxis",
				Map.of("type", "category", "data", countries.stream().map(show::country).toList(), "axisLabel",
						Map.of("interval", 0)),
				"yAxis",
				Map.of("type", "value", "name", show.label("marketplace.chart.listings"), "nameTextStyle",
						Map.of("align", "left"), "minInterval", 1),
				"aria", Map.of("enabled", true, "decal", Map.of("show", true)), "series", series);
	}

	private static Map<String, Object> series(String craft, List<Map<String, Object>> counts) {
		return Map.of("name", craft, "type", "bar", "stack", "listings", "data", counts, "label",
				Map.of("show", true, "position", "inside", "color", "#1f2328", "fontWeight", "bold", "textBorderColor",
						"#ffffff", "textBorderWidth", 3));
	}

	/** A count; a zero draws no bar, so it carries no label either. */
	private static Map<String, Object> count(long listings) {
		return (listings > 0) ? Map.of("value", listings) : Map.of("value", listings, "label", Map.of("show", false));
	}

}
