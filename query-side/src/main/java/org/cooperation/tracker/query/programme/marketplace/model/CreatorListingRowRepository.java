package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Listings of an initiative, in the order they were listed. */
public interface CreatorListingRowRepository extends JpaRepository<CreatorListingRow, UUID> {

	List<CreatorListingRow> findByInitiativeIdOrderByListedAtAscListingIdAsc(UUID initiativeId);

}
