package org.cooperation.tracker.query.programme.archive.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Exchanged copies, by initiative or by ordered pair, in the order they were started. */
public interface ArchiveCopyRowRepository extends ReadModelRepository<ArchiveCopyRow, UUID> {

	List<ArchiveCopyRow> findByInitiativeIdOrderByStartedAtAscCopyIdAsc(UUID initiativeId);

	List<ArchiveCopyRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

	List<ArchiveCopyRow> findByInitiativeIdAndHolderAndReceiverOrderByStartedAtAscCopyIdAsc(UUID initiativeId,
			Country holder, Country receiver);

}
