package org.cooperation.tracker.query.programme.calendar.model;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects calendar submissions and their changes. Each change is ordered by the
 * submission aggregate's sequence number and each change row is keyed by it, so
 * redelivery is harmless.
 */
@Component
@ReadModelTables({ "rm_calendar_submission", "rm_calendar_submission_change" })
@ProcessingGroup(CalendarProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class CalendarProjection {

	public static final String PROCESSING_GROUP = "calendar";

	private final CalendarSubmissionRowRepository submissions;

	private final SubmissionChangeRowRepository changes;

	@EventHandler
	public void on(CalendarEventSubmitted event, Recorded recorded) {
		UUID id = event.submissionId().value();
		submissions.saveIfAbsent(id, () -> CalendarSubmissionRow.submitted(event, recorded));
		record(new SubmissionChangeRow(id, SubmissionChange.SUBMITTED, SubmissionState.SUBMITTED, null, recorded));
	}

	@EventHandler
	public void on(CalendarSubmissionIncluded event, Recorded recorded) {
		changed(event.submissionId().value(), SubmissionChange.INCLUDED, SubmissionState.INCLUDED, event.note(),
				recorded);
	}

	@EventHandler
	public void on(CalendarSubmissionReturned event, Recorded recorded) {
		changed(event.submissionId().value(), SubmissionChange.RETURNED, SubmissionState.RETURNED, event.reason(),
				recorded);
	}

	@EventHandler
	public void on(CalendarSubmissionWithdrawn event, Recorded recorded) {
		changed(event.submissionId().value(), SubmissionChange.WITHDRAWN, SubmissionState.WITHDRAWN, event.reason(),
				recorded);
	}

	@EventHandler
	public void on(CalendarEventResubmitted event, Recorded recorded) {
		UUID id = event.submissionId().value();
		submissions.update(id, (row) -> row.resubmitted(event.event(), recorded), missing(id, event));
		record(new SubmissionChangeRow(id, SubmissionChange.RESUBMITTED, SubmissionState.SUBMITTED, null, recorded));
	}

	@ResetHandler
	public void reset() {
		changes.deleteAllInBatch();
		submissions.deleteAllInBatch();
	}

	private void changed(UUID id, SubmissionChange change, SubmissionState to, String reason, Recorded recorded) {
		submissions.update(id, (row) -> row.change(to, reason, recorded), missing(id, change));
		record(new SubmissionChangeRow(id, change, to, reason, recorded));
	}

	private void record(SubmissionChangeRow row) {
		changes.saveIfAbsent(row.key(), () -> row);
	}

	/**
	 * A submission's events arrive in order, so a missing row means an inconsistent
	 * store: say so and skip rather than stall the processor.
	 */
	private static Runnable missing(UUID id, Object what) {
		return () -> log.warn("Skipped {} of calendar submission {}: the submission is not known", what, id);
	}

}
