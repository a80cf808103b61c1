package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.common.ReadModelRepository;

/** Listings of an initiative, in the order they were listed. */
public interface CreatorListingRowRepository extends ReadModelRepository<CreatorListingRow, UUID> {

	List<CreatorListingRow> findByInitiativeIdOrderByListedAtAscListingIdAsc(UUID initiativeId);

	List<CreatorListingRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

	/** Every listing in that state, oldest first (the secretariat's queue). */
	List<CreatorListingRow> findByStateOrderByListedAtAscListingIdAsc(ListingState state);

}
