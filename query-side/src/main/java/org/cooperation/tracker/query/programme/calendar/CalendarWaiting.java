package org.cooperation.tracker.query.programme.calendar;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.initiative.Awaited;
import org.cooperation.tracker.query.initiative.AwaitedKind;
import org.cooperation.tracker.query.initiative.CountryWaitingSource;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRow;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRowRepository;

/**
 * The calendar submissions of every calendar that the secretariat returned to one country
 * for correction: they wait on its resubmission (or withdrawal). One statement.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CalendarWaiting implements CountryWaitingSource {

	private final CalendarSubmissionRowRepository submissions;

	@Override
	public List<Awaited> waitingOn(Country country) {
		return submissions.findByCountryAndState(country, SubmissionState.RETURNED)
			.stream()
			.map(CalendarWaiting::awaited)
			.toList();
	}

	private static Awaited awaited(CalendarSubmissionRow submission) {
		return new Awaited(AwaitedKind.CALENDAR_RETURNED, submission.getInitiativeId(), submission.getTitle(), null,
				null, submission.getStateReason(), "calendar/" + submission.getEditionYear(),
				submission.getLastChangedAt(), submission.isSample());
	}

}
