package org.cooperation.tracker.query.programme.calendar.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/**
 * One calendar submission as it stands: the event as last submitted and its state. Each
 * change remembers the aggregate sequence of its event, so a redelivered or late event
 * never overwrites a newer state.
 */
@Entity
@Table(name = "rm_calendar_submission")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CalendarSubmissionRow extends SequencedRecord {

	@Id
	private UUID submissionId;

	private UUID initiativeId;

	@Enumerated(EnumType.STRING)
	private Country country;

	private int editionYear;

	@Embedded
	private TextColumns title;

	@Enumerated(EnumType.STRING)
	private CulturalEventType eventType;

	private String city;

	private LocalDate startDate;

	private LocalDate endDate;

	private String organiser;

	/** The event's web page, or null. */
	private String link;

	@Embedded
	private TextColumns description;

	@Enumerated(EnumType.STRING)
	private SubmissionState state;

	/** Why it was returned or withdrawn, or the note on its inclusion; null if none. */
	private String stateReason;

	/** 1 for the first submission, one more for each resubmission. */
	private int revision;

	private Instant submittedAt;

	private Instant lastChangedAt;

	private CalendarSubmissionRow(Recorded first) {
		super(first);
	}

	static CalendarSubmissionRow submitted(CalendarEventSubmitted event, Recorded recorded) {
		CalendarSubmissionRow row = new CalendarSubmissionRow(recorded);
		row.submissionId = event.submissionId().value();
		row.initiativeId = event.initiativeId().value();
		row.country = event.country();
		row.editionYear = event.editionYear().value();
		row.describe(event.event());
		row.state = SubmissionState.SUBMITTED;
		row.revision = 1;
		row.submittedAt = recorded.at();
		row.lastChangedAt = recorded.at();
		return row;
	}

	/**
	 * Applies a change unless this or a later one was applied already.
	 * @return true when the row changed
	 */
	boolean change(SubmissionState to, String reason, Recorded recorded) {
		if (!advance(recorded)) {
			return false;
		}
		state = to;
		stateReason = reason;
		lastChangedAt = recorded.at();
		return true;
	}

	/** The corrected event replaces the returned one and awaits a new decision. */
	void resubmitted(CulturalEvent event, Recorded recorded) {
		if (change(SubmissionState.SUBMITTED, null, recorded)) {
			describe(event);
			revision++;
		}
	}

	private void describe(CulturalEvent event) {
		title = TextColumns.of(event.title());
		eventType = event.type();
		city = event.city();
		startDate = event.startDate();
		endDate = event.endDate();
		organiser = event.organiser();
		link = (event.link() != null) ? event.link().url().toString() : null;
		description = TextColumns.of(event.description());
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	/** The description, or null. */
	public LocalizedText getDescription() {
		return TextColumns.toText(description);
	}

}
