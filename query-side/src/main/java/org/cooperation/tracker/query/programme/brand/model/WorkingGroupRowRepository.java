package org.cooperation.tracker.query.programme.brand.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Working groups, by initiative. */
public interface WorkingGroupRowRepository extends ReadModelRepository<WorkingGroupRow, UUID> {

	Optional<WorkingGroupRow> findByInitiativeId(UUID initiativeId);

	List<WorkingGroupRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

}
