package org.cooperation.tracker.query.programme.brand.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Concept drafts, by version. */
public interface DraftRowRepository extends JpaRepository<DraftRow, DraftKey> {

	List<DraftRow> findByWorkingGroupIdOrderByVersion(UUID workingGroupId);

}
