package org.cooperation.tracker.query.programme.calendar.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/**
 * One change of a calendar submission, keyed by the submission and the aggregate sequence
 * of its event, so a redelivered event finds its row and changes nothing.
 */
@Entity
@Table(name = "rm_calendar_submission_change")
@IdClass(SubmissionChangeKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SubmissionChangeRow extends EventEntry {

	@Id
	private UUID submissionId;

	@Id
	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private SubmissionChange change;

	/** The state the submission took. */
	@Enumerated(EnumType.STRING)
	private SubmissionState state;

	/** The reason or note given, or null. */
	private String reason;

	SubmissionChangeRow(UUID submissionId, SubmissionChange change, SubmissionState state, String reason,
			Recorded recorded) {
		super(recorded);
		this.submissionId = submissionId;
		this.aggregateSequence = recorded.sequence();
		this.change = change;
		this.state = state;
		this.reason = reason;
	}

	SubmissionChangeKey key() {
		return new SubmissionChangeKey(submissionId, aggregateSequence);
	}

}
