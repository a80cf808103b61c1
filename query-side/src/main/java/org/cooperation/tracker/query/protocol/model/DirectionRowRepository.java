package org.cooperation.tracker.query.protocol.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Agreed directions, in the order they were agreed. */
public interface DirectionRowRepository extends ReadModelRepository<DirectionRow, UUID> {

	List<DirectionRow> findByProtocolIdOrderByAggregateSequence(UUID protocolId);

	List<DirectionRow> findByDirectionIdIn(Collection<UUID> directionIds);

}
