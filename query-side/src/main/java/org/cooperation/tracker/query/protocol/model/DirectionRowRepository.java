package org.cooperation.tracker.query.protocol.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Agreed directions, in the order they were agreed. */
public interface DirectionRowRepository extends JpaRepository<DirectionRow, UUID> {

	List<DirectionRow> findByProtocolIdOrderByAggregateSequence(UUID protocolId);

	List<DirectionRow> findByDirectionIdIn(Collection<UUID> directionIds);

}
