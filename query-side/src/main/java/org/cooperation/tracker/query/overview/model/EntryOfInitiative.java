package org.cooperation.tracker.query.overview.model;

import org.cooperation.tracker.query.history.model.HistoryEntryRow;
import org.cooperation.tracker.query.initiative.model.InitiativeRow;

/**
 * A history entry and the initiative it belongs to.
 *
 * @param entry the entry
 * @param initiative its initiative
 */
public record EntryOfInitiative(HistoryEntryRow entry, InitiativeRow initiative) {

}
