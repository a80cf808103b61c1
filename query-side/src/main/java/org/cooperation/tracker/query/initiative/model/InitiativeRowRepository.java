package org.cooperation.tracker.query.initiative.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Initiatives in the order they were proposed. */
public interface InitiativeRowRepository extends JpaRepository<InitiativeRow, UUID> {

	List<InitiativeRow> findAllByOrderByProposedAtAscInitiativeIdAsc();

	List<InitiativeRow> findByDirectionIdOrderByProposedAtAscInitiativeIdAsc(UUID directionId);

}
