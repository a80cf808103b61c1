package org.cooperation.tracker.query.programme.brand.model;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Working groups, by initiative. */
public interface WorkingGroupRowRepository extends JpaRepository<WorkingGroupRow, UUID> {

	Optional<WorkingGroupRow> findByInitiativeId(UUID initiativeId);

}
