package org.cooperation.tracker.query.programme.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;

/**
 * One submitted event as the calendar shows it.
 *
 * @param submissionId the submission
 * @param country the submitting country
 * @param editionYear the edition it is submitted to
 * @param title its name
 * @param type what kind of event it is
 * @param city where it is held
 * @param startDate its first day
 * @param endDate its last day (inclusive)
 * @param organiser who organises it
 * @param link its web page, or null
 * @param description more about it, or null
 * @param state where the submission stands
 * @param stateReason why it was returned or withdrawn, or the note on its inclusion
 * @param revision 1, or one more for each resubmission
 * @param lastChangedAt when the submission last changed
 * @param sample true when it is demo data
 * @param version the submission's version (its ETag, which a form sends back as If-Match)
 */
public record CalendarEventView(UUID submissionId, Country country, int editionYear, LocalizedText title,
		CulturalEventType type, String city, LocalDate startDate, LocalDate endDate, String organiser, String link,
		LocalizedText description, SubmissionState state, String stateReason, int revision, Instant lastChangedAt,
		boolean sample, long version) {

}
