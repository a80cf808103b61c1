package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat included a submitted entry in the calendar.
 *
 * @param entryId the entry
 * @param initiativeId the cultural-calendar initiative
 * @param country the entry's country
 * @param note a note on the inclusion, or null
 */
@Revision("1")
public record CalendarEntryIncluded(CalendarEntryId entryId, InitiativeId initiativeId, Country country, String note) {

}
