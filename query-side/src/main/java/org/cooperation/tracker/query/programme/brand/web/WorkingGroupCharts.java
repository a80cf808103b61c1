package org.cooperation.tracker.query.programme.brand.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.CountryRoster;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.DraftPositions;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView.PositionView;
import org.cooperation.tracker.query.web.Display;

/**
 * The working group's figures as ECharts bar charts, in the reader's language: each
 * country's seats filled and vacant, and each draft's approvals, objections and missing
 * positions. Every part is labelled with its count and patterned (decals), so colour is
 * never the only signal; the tables beside them give the same figures.
 */
final class WorkingGroupCharts {

	private WorkingGroupCharts() {
	}

	/** A bar per participating country: its seats filled, then vacant. */
	static Map<String, Object> roster(WorkingGroupView group, Display show) {
		List<CountryRoster> roster = group.roster();
		return bars(roster.stream().map((r) -> show.country(r.country())).toList(),
				show.label("workingGroup.chart.seats"),
				List.of(series(show.label("workingGroup.seats.filled"), "#1a7f37",
						roster.stream().map(CountryRoster::filled).toList()),
						series(show.label("workingGroup.seats.vacant"), "#d0d7de",
								roster.stream().map(CountryRoster::vacant).toList())));
	}

	/** A bar per draft: how many countries approved it, withheld, or took no position. */
	static Map<String, Object> approvals(WorkingGroupView group, Display show) {
		List<DraftPositions> drafts = group.positions();
		return bars(drafts.stream().map((d) -> show.label("workingGroup.draft.version", d.version())).toList(),
				show.label("workingGroup.chart.countries"),
				List.of(series(show.constant(ConceptDecision.APPROVED), "#1a7f37",
						count(drafts, (p) -> p.decision() == ConceptDecision.APPROVED)),
						series(show.constant(ConceptDecision.WITHHELD), "#cf222e",
								count(drafts, (p) -> p.decision() == ConceptDecision.WITHHELD)),
						series(show.label("workingGroup.position.none"), "#d0d7de",
								count(drafts, (p) -> p.decision() == null))));
	}

	/** Horizontal stacked bars, a category per row, labelled counts. */
	private static Map<String, Object> bars(List<String> categories, String axisName,
			List<Map<String, Object>> series) {
		return Map.of("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")), "legend",
				Map.of("bottom", 0), "grid",
				Map.of("left", 8, "right", 24, "top", 16, "bottom", 56, "containLabel", true), "xAxis",
				Map.of("type", "value", "name", axisName, "nameLocation", "middle", "nameGap", 24, "minInterval", 1),
				"yAxis",
				Map.of("type", "category", "data", categories, "inverse", true, "axisLabel", Map.of("interval", 0)),
				"aria", Map.of("enabled", true, "decal", Map.of("show", true)), "series", series);
	}

	private static Map<String, Object> series(String name, String colour, List<Integer> values) {
		return Map.of("name", name, "type", "bar", "stack", "all", "itemStyle", Map.of("color", colour), "label",
				Map.of("show", true, "color", "#1f2328", "fontWeight", "bold", "textBorderColor", "#ffffff",
						"textBorderWidth", 3),
				"data", values.stream().map(WorkingGroupCharts::value).toList());
	}

	/** A count; a zero draws no bar, so it carries no label either. */
	private static Map<String, Object> value(int count) {
		return (count > 0) ? Map.of("value", count) : Map.of("value", count, "label", Map.of("show", false));
	}

	private static List<Integer> count(List<DraftPositions> drafts, Predicate<PositionView> which) {
		Function<DraftPositions, Integer> counted = (draft) -> (int) draft.countries().stream().filter(which).count();
		return drafts.stream().map(counted).toList();
	}

}
