package org.cooperation.tracker.query.history.model;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** History entries. */
public interface HistoryEntryRowRepository extends JpaRepository<HistoryEntryRow, HistoryKey> {

	List<HistoryEntryRow> findByInitiativeId(UUID initiativeId);

	Optional<HistoryEntryRow> findByInitiativeIdAndReportId(UUID initiativeId, UUID reportId);

}
