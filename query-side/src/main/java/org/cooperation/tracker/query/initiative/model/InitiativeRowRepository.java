package org.cooperation.tracker.query.initiative.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Initiatives in the order they were proposed. */
public interface InitiativeRowRepository extends ReadModelRepository<InitiativeRow, UUID> {

	List<InitiativeRow> findAllByOrderByProposedAtAscInitiativeIdAsc();

	List<InitiativeRow> findByDirectionIdOrderByProposedAtAscInitiativeIdAsc(UUID directionId);

}
