package org.cooperation.tracker.query.programme.culturaltour.web;

import org.cooperation.tracker.query.web.Display;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.programme.culturaltour.DigitisationState;
import org.cooperation.tracker.kernel.programme.culturaltour.TourLegState;

import org.springframework.stereotype.Component;

/**
 * How the Cultural Tour page words its values, called from the template as {@code @tour}.
 */
@Component("tour")
public class TourDisplay {

	/** The CSS class that colours a leg's state; the label is always shown beside it. */
	public String legStateClass(TourLegState state) {
		return (state != null) ? "leg-" + state.name().toLowerCase(Locale.ROOT) : "";
	}

	/** "2 held, 1 planned": the states that have legs, in lifecycle order. */
	public String legCounts(Map<TourLegState, Long> counts) {
		String text = Arrays.stream(TourLegState.values())
			.filter((state) -> counts.getOrDefault(state, 0L) > 0)
			.map((state) -> counts.get(state) + " " + state.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		return text.isEmpty() ? "no legs yet" : text;
	}

	public String digitisation(DigitisationState state) {
		return (state != null) ? Display.words(state.name()) : "not known here yet";
	}

	/** The CSS class that marks a film that may be screened. */
	public String digitisationClass(DigitisationState state) {
		return (state != null && state.isDigitised()) ? "film-digitised" : "film-undigitised";
	}

	public List<DigitisationState> digitisationStates() {
		return List.of(DigitisationState.values());
	}

}
