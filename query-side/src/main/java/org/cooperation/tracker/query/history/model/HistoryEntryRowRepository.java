package org.cooperation.tracker.query.history.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.ReadModelRepository;

/** History entries. */
public interface HistoryEntryRowRepository extends ReadModelRepository<HistoryEntryRow, HistoryKey> {

	List<HistoryEntryRow> findByInitiativeId(UUID initiativeId);

	Optional<HistoryEntryRow> findByInitiativeIdAndReportId(UUID initiativeId, UUID reportId);

	/** One country's entries of one type across all initiatives, in one statement. */
	List<HistoryEntryRow> findByCountryAndEntryType(Country country, HistoryEntryType entryType);

	/** The entries some events made, in one statement (by the key's first column). */
	List<HistoryEntryRow> findByEventIdIn(Collection<String> eventIds);

	/** The entries of a page of initiatives, in one statement. */
	List<HistoryEntryRow> findByInitiativeIdIn(Collection<UUID> initiativeIds);

}
