package org.cooperation.tracker.query.programme.calendar;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.query.common.RecordedBy;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;
import org.cooperation.tracker.query.initiative.ProgrammeInitiatives;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRow;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRowRepository;
import org.cooperation.tracker.query.programme.calendar.model.SubmissionChangeRow;
import org.cooperation.tracker.query.programme.calendar.model.SubmissionChangeRowRepository;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.programme.calendar.SubmissionView.SubmissionChangeView;

/**
 * Reads the cultural calendar of an initiative: an edition across countries, its
 * submissions, one submission with its changes.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CalendarQueries {

	private final ProgrammeInitiatives initiatives;

	private final CalendarSubmissionRowRepository submissions;

	private final SubmissionChangeRowRepository changes;

	/** One edition's events across countries, as the filter selects them. */
	public CalendarEdition edition(UUID initiativeId, int year, CalendarFilter filter) {
		InitiativeRow initiative = calendar(initiativeId);
		int edition = new EditionYear(year).value();
		List<CalendarEventView> events = submissions
			.findByInitiativeIdAndEditionYearOrderByStartDateAscEndDateAscCountryAscSubmissionIdAsc(initiativeId,
					edition)
			.stream()
			.filter((row) -> filter.matches(row, edition))
			.map(CalendarQueries::view)
			.toList();
		return new CalendarEdition(initiativeId, initiative.getTitle(), edition, filter,
				submissions.editionYears(initiativeId), events);
	}

	/** The edition years that have submissions, latest first. */
	public List<Integer> editionYears(UUID initiativeId) {
		calendar(initiativeId);
		return submissions.editionYears(initiativeId);
	}

	/** The countries taking part in the calendar, who may submit to it. */
	public Set<Country> participants(UUID initiativeId) {
		calendar(initiativeId);
		return initiatives.participating(initiativeId);
	}

	/** Every submission to the calendar, in the order submitted. */
	public List<CalendarEventView> submissions(UUID initiativeId) {
		calendar(initiativeId);
		return submissions.findByInitiativeIdOrderBySubmittedAtAscSubmissionIdAsc(initiativeId)
			.stream()
			.map(CalendarQueries::view)
			.toList();
	}

	/**
	 * The submission, with its version, read from one snapshot so that the version names
	 * exactly the state shown.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Versioned<SubmissionView> submission(UUID initiativeId, UUID submissionId) {
		calendar(initiativeId);
		CalendarSubmissionRow row = ProgrammeInitiatives.belonging(submissions.findById(submissionId),
				CalendarSubmissionRow::getInitiativeId, initiativeId, "calendar submission " + submissionId);
		List<SubmissionChangeView> history = changes.findBySubmissionIdOrderByAggregateSequence(submissionId)
			.stream()
			.map(CalendarQueries::change)
			.toList();
		return new Versioned<>(submissionId.toString(), row.getAggregateVersion(),
				new SubmissionView(initiativeId, view(row), row.getSubmittedAt(), history));
	}

	private static CalendarEventView view(CalendarSubmissionRow row) {
		return new CalendarEventView(row.getSubmissionId(), row.getCountry(), row.getEditionYear(), row.getTitle(),
				row.getEventType(), row.getCity(), row.getStartDate(), row.getEndDate(), row.getOrganiser(),
				row.getLink(), row.getDescription(), row.getState(), row.getStateReason(), row.getRevision(),
				row.getLastChangedAt(), row.isSample(), row.getAggregateVersion());
	}

	private static SubmissionChangeView change(SubmissionChangeRow change) {
		RecordedBy by = change.getRecordedBy();
		return new SubmissionChangeView(change.getChange(), change.getState(), change.getReason(), by.getRecordedAt(),
				by.getActor(), by.getActorRole(), by.getActorCountry(), by.getCorrelationId(), by.isSample());
	}

	private InitiativeRow calendar(UUID initiativeId) {
		return initiatives.ofKind(initiativeId, InitiativeKind.CULTURAL_CALENDAR, "it keeps no cultural calendar");
	}

}
