package org.cooperation.tracker.query.programme.calendar.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigures;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRowRepository.StateCount;

/**
 * The calendar's figures per country, across editions: events included in the calendar,
 * and events awaiting the secretariat's decision when there are any.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CalendarFigures implements ProgrammeFigures {

	static final String AWAITING = "awaiting decision";

	private final CalendarSubmissionRowRepository submissions;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CULTURAL_CALENDAR;
	}

	@Override
	public Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId) {
		Map<Country, Map<SubmissionState, Long>> counts = new EnumMap<>(Country.class);
		for (StateCount count : submissions.countByCountryAndState(initiativeId)) {
			counts.computeIfAbsent(count.getCountry(), (c) -> new EnumMap<>(SubmissionState.class))
				.put(count.getState(), count.getSubmissions());
		}
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		counts.forEach((country, byState) -> {
			List<ProgrammeFigure> shown = new ArrayList<>();
			long included = byState.getOrDefault(SubmissionState.INCLUDED, 0L);
			shown.add(ProgrammeFigure.counted(included, "event included", "events included"));
			long awaiting = byState.getOrDefault(SubmissionState.SUBMITTED, 0L);
			if (awaiting > 0) {
				shown.add(new ProgrammeFigure(AWAITING, awaiting));
			}
			figures.put(country, List.copyOf(shown));
		});
		return figures;
	}

}
