package org.cooperation.tracker.query.programme.brand.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.ReadModelRepository;

/** Countries' positions on concept drafts. */
public interface PositionRowRepository extends ReadModelRepository<PositionRow, PositionKey> {

	List<PositionRow> findByWorkingGroupId(UUID workingGroupId);

	List<PositionRow> findByWorkingGroupIdIn(Collection<UUID> workingGroupIds);

	List<PositionRow> findByWorkingGroupIdInAndCountry(Collection<UUID> workingGroupIds, Country country);

}
