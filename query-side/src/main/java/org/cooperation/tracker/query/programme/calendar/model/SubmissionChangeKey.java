package org.cooperation.tracker.query.programme.calendar.model;

import java.io.Serializable;
import java.util.UUID;

/** Key of a submission's change: the submission and its event's aggregate sequence. */
public record SubmissionChangeKey(UUID submissionId, long aggregateSequence) implements Serializable {

}
