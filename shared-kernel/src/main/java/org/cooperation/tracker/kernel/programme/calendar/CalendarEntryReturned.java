package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat returned a submitted entry to its country.
 *
 * @param entryId the entry
 * @param initiativeId the cultural-calendar initiative
 * @param country the entry's country
 * @param reason what is to be corrected
 */
@Revision("1")
public record CalendarEntryReturned(CalendarEntryId entryId, InitiativeId initiativeId, Country country,
		String reason) {

}
