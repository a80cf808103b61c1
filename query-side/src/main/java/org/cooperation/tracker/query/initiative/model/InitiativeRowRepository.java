package org.cooperation.tracker.query.initiative.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Window;

/** Initiatives in the order they were proposed. */
public interface InitiativeRowRepository extends ReadModelRepository<InitiativeRow, UUID> {

	List<InitiativeRow> findAllByOrderByProposedAtAscInitiativeIdAsc();

	List<InitiativeRow> findByDirectionIdOrderByProposedAtAscInitiativeIdAsc(UUID directionId);

	/**
	 * A page of initiatives in the order they were proposed, after the position: what a
	 * file of every initiative is written from, page by page.
	 */
	Window<InitiativeRow> findAllByOrderByProposedAtAscInitiativeIdAsc(KeysetScrollPosition position, Limit limit);

}
