package org.cooperation.tracker.query.programme.archive.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** The steps of copies, each copy's in the order its aggregate recorded them. */
public interface ArchiveCopyStepRowRepository extends ReadModelRepository<ArchiveCopyStepRow, String> {

	List<ArchiveCopyStepRow> findByCopyIdInOrderByAggregateSequenceAsc(Collection<UUID> copyIds);

}
