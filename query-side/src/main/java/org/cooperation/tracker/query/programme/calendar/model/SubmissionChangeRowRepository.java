package org.cooperation.tracker.query.programme.calendar.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The changes of calendar submissions. */
public interface SubmissionChangeRowRepository extends JpaRepository<SubmissionChangeRow, SubmissionChangeKey> {

	List<SubmissionChangeRow> findBySubmissionIdOrderByAggregateSequence(UUID submissionId);

}
