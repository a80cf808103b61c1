package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The country that submitted an entry corrects it after it was returned, and submits it
 * again for the same edition.
 *
 * @param entryId the entry
 * @param country the country acting, which must be the entry's own
 * @param event the corrected event, replacing the returned one
 */
public record ResubmitCalendarEntry(@TargetAggregateIdentifier CalendarEntryId entryId, Country country,
		CulturalEvent event) {

	public ResubmitCalendarEntry {
		Checks.required(entryId, "entryId");
		Checks.required(country, "country");
		Checks.required(event, "event");
	}

}
