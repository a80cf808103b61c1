package org.cooperation.tracker.query.programme.brand.model;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.common.ReadModelRepository;

/** Meetings of working groups, in date order. */
public interface MeetingRowRepository extends ReadModelRepository<MeetingRow, UUID> {

	List<MeetingRow> findByWorkingGroupIdOrderByHeldOnAscRecordedAtAsc(UUID workingGroupId);

}
