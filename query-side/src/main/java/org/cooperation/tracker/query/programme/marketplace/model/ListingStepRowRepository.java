package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** The steps of listings, each listing's in the order its aggregate recorded them. */
public interface ListingStepRowRepository extends ReadModelRepository<ListingStepRow, String> {

	List<ListingStepRow> findByListingIdInOrderByAggregateSequenceAsc(Collection<UUID> listingIds);

}
