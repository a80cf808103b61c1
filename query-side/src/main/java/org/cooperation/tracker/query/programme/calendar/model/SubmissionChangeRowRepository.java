package org.cooperation.tracker.query.programme.calendar.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** The changes of calendar submissions. */
public interface SubmissionChangeRowRepository extends ReadModelRepository<SubmissionChangeRow, SubmissionChangeKey> {

	List<SubmissionChangeRow> findBySubmissionIdOrderByAggregateSequence(UUID submissionId);

}
