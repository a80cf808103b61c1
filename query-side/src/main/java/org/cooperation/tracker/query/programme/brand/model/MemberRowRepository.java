package org.cooperation.tracker.query.programme.brand.model;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.ReadModelRepository;

/** Members of working groups, in the order they joined. */
public interface MemberRowRepository extends ReadModelRepository<MemberRow, UUID> {

	List<MemberRow> findByWorkingGroupIdOrderByJoinedSequence(UUID workingGroupId);

	List<MemberRow> findByWorkingGroupIdInOrderByJoinedSequence(Collection<UUID> workingGroupIds);

	List<MemberRow> findByWorkingGroupIdInAndCountry(Collection<UUID> workingGroupIds, Country country);

}
