package org.cooperation.tracker.query.programme.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.model.SubmissionChange;

/**
 * One calendar submission with every change it went through.
 *
 * @param initiativeId the cultural-calendar initiative
 * @param event the event as last submitted, and where it stands
 * @param submittedAt when it was first submitted
 * @param changes its changes, oldest first
 */
public record SubmissionView(UUID initiativeId, CalendarEventView event, Instant submittedAt,
		List<SubmissionChangeView> changes) {

	/**
	 * One change of a submission.
	 *
	 * @param change what happened
	 * @param state the state it took
	 * @param reason the reason or note given, or null
	 * @param recordedAt when it was recorded
	 * @param actor who recorded it, or null
	 * @param actorRole the actor's role, or null
	 * @param actorCountry the country the actor acts for, or null
	 * @param correlationId the request that recorded it, or null
	 * @param sample true when it is demo data
	 */
	public record SubmissionChangeView(SubmissionChange change, SubmissionState state, String reason,
			Instant recordedAt, String actor, String actorRole, String actorCountry, String correlationId,
			boolean sample) {
	}

}
