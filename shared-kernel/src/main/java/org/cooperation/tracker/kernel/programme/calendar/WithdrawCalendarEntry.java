package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

/**
 * The country that submitted an entry takes it back, whatever its state: an included
 * event that is cancelled leaves the calendar this way.
 *
 * @param entryId the entry
 * @param country the country acting, which must be the entry's own
 * @param reason why, or null
 */
public record WithdrawCalendarEntry(@TargetAggregateIdentifier CalendarEntryId entryId, Country country,
		String reason) {

	public WithdrawCalendarEntry {
		Checks.required(entryId, "entryId");
		Checks.required(country, "country");
		reason = Checks.optionalText(reason, "reason", Checks.MAX_TEXT_LENGTH);
	}

}
