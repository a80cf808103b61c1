package org.cooperation.tracker.query.programme.archive.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Exchanged copies, by initiative or by ordered pair, in the order they were started. */
public interface ArchiveCopyRowRepository extends ReadModelRepository<ArchiveCopyRow, UUID> {

	List<ArchiveCopyRow> findByInitiativeIdOrderByStartedAtAscCopyIdAsc(UUID initiativeId);

	List<ArchiveCopyRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

	List<ArchiveCopyRow> findByInitiativeIdAndHolderAndReceiverOrderByStartedAtAscCopyIdAsc(UUID initiativeId,
			Country holder, Country receiver);

	/**
	 * The copies of any initiative whose next move is the country's: held by it in one of
	 * the holder's states, or received by it in one of the receiver's.
	 */
	@Query("select c from ArchiveCopyRow c where (c.holder = :country and c.state in :holderMoves) "
			+ "or (c.receiver = :country and c.state in :receiverMoves)")
	List<ArchiveCopyRow> awaitingMoveOf(Country country, Collection<ArchiveCopyState> holderMoves,
			Collection<ArchiveCopyState> receiverMoves);

}
