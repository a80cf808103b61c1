package org.cooperation.tracker.query.programme.brand.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Concept drafts, by version. */
public interface DraftRowRepository extends ReadModelRepository<DraftRow, DraftKey> {

	List<DraftRow> findByWorkingGroupIdOrderByVersion(UUID workingGroupId);

	List<DraftRow> findByWorkingGroupIdInOrderByVersion(Collection<UUID> workingGroupIds);

}
