package org.cooperation.tracker.query.programme.brand.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members of working groups, in the order they joined. */
public interface MemberRowRepository extends JpaRepository<MemberRow, UUID> {

	List<MemberRow> findByWorkingGroupIdOrderByJoinedSequence(UUID workingGroupId);

}
