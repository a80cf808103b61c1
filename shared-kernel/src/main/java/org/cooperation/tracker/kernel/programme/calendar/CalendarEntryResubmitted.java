package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country corrected a returned entry and submitted it again; it awaits a new decision.
 *
 * @param entryId the entry
 * @param initiativeId the cultural-calendar initiative
 * @param country the entry's country
 * @param event the corrected event, replacing the earlier one
 */
@Revision("1")
public record CalendarEntryResubmitted(CalendarEntryId entryId, InitiativeId initiativeId, Country country,
		CulturalEvent event) {

}
