package org.cooperation.tracker.query.programme.calendar.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.matrix.model.FigureCounts;
import org.cooperation.tracker.query.matrix.model.FigureCountsByInitiative;
import org.cooperation.tracker.query.matrix.model.FigureCounts.Measure;
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

	private static final Measure INCLUDED = Measure.of("calendar.included", "event included", "events included");

	private static final Measure AWAITING_DECISION = new Measure("calendar.awaiting", AWAITING, AWAITING, true);

	private final CalendarSubmissionRowRepository submissions;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.CULTURAL_CALENDAR;
	}

	@Override
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds) {
		FigureCountsByInitiative counts = new FigureCountsByInitiative(INCLUDED, AWAITING_DECISION);
		for (StateCount count : submissions.countByCountryAndState(initiativeIds)) {
			SubmissionState state = count.getState();
			long inState = count.getSubmissions();
			FigureCounts initiative = counts.of(count.getInitiativeId());
			initiative.add(count.getCountry(), INCLUDED, (state == SubmissionState.INCLUDED) ? inState : 0, false);
			initiative.add(count.getCountry(), AWAITING_DECISION, (state == SubmissionState.SUBMITTED) ? inState : 0,
					false);
		}
		return counts.figures();
	}

}
