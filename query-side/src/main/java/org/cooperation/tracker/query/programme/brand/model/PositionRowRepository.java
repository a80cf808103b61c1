package org.cooperation.tracker.query.programme.brand.model;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Countries' positions on concept drafts. */
public interface PositionRowRepository extends JpaRepository<PositionRow, PositionKey> {

	List<PositionRow> findByWorkingGroupId(UUID workingGroupId);

}
