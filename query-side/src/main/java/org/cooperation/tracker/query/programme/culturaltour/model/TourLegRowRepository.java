package org.cooperation.tracker.query.programme.culturaltour.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Legs, by programme edition or by initiative. */
public interface TourLegRowRepository extends JpaRepository<TourLegRow, UUID> {

	List<TourLegRow> findByInitiativeIdAndYear(UUID initiativeId, int year);

	List<TourLegRow> findByInitiativeId(UUID initiativeId);

}
