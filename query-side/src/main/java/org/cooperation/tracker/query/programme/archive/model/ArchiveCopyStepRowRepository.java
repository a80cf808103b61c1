package org.cooperation.tracker.query.programme.archive.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The steps of copies, each copy's in the order its aggregate recorded them. */
public interface ArchiveCopyStepRowRepository extends JpaRepository<ArchiveCopyStepRow, String> {

	List<ArchiveCopyStepRow> findByCopyIdInOrderByAggregateSequenceAsc(Collection<UUID> copyIds);

}
