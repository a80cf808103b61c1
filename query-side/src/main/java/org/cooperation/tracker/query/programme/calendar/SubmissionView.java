package org.cooperation.tracker.query.programme.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

}
