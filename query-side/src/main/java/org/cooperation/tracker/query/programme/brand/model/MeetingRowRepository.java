package org.cooperation.tracker.query.programme.brand.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Meetings of working groups, in date order. */
public interface MeetingRowRepository extends JpaRepository<MeetingRow, UUID> {

	List<MeetingRow> findByWorkingGroupIdOrderByHeldOnAscRecordedAtAsc(UUID workingGroupId);

}
