package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Legs, by programme edition or by initiative. */
public interface TourLegRowRepository extends ReadModelRepository<TourLegRow, UUID> {

	List<TourLegRow> findByInitiativeIdAndYear(UUID initiativeId, int year);

	List<TourLegRow> findByInitiativeId(UUID initiativeId);

	List<TourLegRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

}
