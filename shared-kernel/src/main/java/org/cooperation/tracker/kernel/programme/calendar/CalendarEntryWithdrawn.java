package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A country withdrew its entry; if it was included, it has left the calendar.
 *
 * @param entryId the entry
 * @param initiativeId the cultural-calendar initiative
 * @param country the entry's country
 * @param from the state it was withdrawn from
 * @param reason why, or null
 */
@Revision("1")
public record CalendarEntryWithdrawn(CalendarEntryId entryId, InitiativeId initiativeId, Country country,
		CalendarEntryState from, String reason) {

}
