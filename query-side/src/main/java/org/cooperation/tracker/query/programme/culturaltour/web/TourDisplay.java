package org.cooperation.tracker.query.programme.culturaltour.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;
import org.cooperation.tracker.query.web.Display;

import org.springframework.stereotype.Component;

/**
 * How the Cultural Tour pages word their values in the reader's language, called from the
 * templates as {@code @tour}.
 */
@Component("tour")
@RequiredArgsConstructor
public class TourDisplay {

	private final Display show;

	/** The CSS class that colours a leg's state; the label is always shown beside it. */
	public String legStateClass(TourLegState state) {
		return (state != null) ? "leg-" + state.name().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * "2 held, 1 planned", "проведено: 2, запланировано: 1": the states that have legs,
	 * in lifecycle order.
	 */
	public String legCounts(Map<TourLegState, Long> counts) {
		String text = Arrays.stream(TourLegState.values())
			.filter((state) -> counts.getOrDefault(state, 0L) > 0)
			.map((state) -> show.label("culturaltour.legs." + state.name(), show.number(counts.get(state))))
			.collect(Collectors.joining(", "));
		return text.isEmpty() ? show.label("culturaltour.legs.none") : text;
	}

	public String digitisation(DigitisationState state) {
		return (state != null) ? show.constant(state) : show.label("culturaltour.film.unknown");
	}

	/** The CSS class that marks a film that may be screened. */
	public String digitisationClass(DigitisationState state) {
		return (state != null && state.isDigitised()) ? "film-digitised" : "film-undigitised";
	}

	public List<DigitisationState> digitisationStates() {
		return List.of(DigitisationState.values());
	}

}
