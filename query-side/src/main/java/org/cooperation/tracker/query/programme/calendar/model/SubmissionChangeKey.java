package org.cooperation.tracker.query.programme.calendar.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of a submission's change: the submission and its event's aggregate sequence. */
public class SubmissionChangeKey implements Serializable {

	private UUID submissionId;

	private long aggregateSequence;

	protected SubmissionChangeKey() {
	}

	public SubmissionChangeKey(UUID submissionId, long aggregateSequence) {
		this.submissionId = submissionId;
		this.aggregateSequence = aggregateSequence;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SubmissionChangeKey key && Objects.equals(submissionId, key.submissionId)
				&& aggregateSequence == key.aggregateSequence;
	}

	@Override
	public int hashCode() {
		return Objects.hash(submissionId, aggregateSequence);
	}

}
