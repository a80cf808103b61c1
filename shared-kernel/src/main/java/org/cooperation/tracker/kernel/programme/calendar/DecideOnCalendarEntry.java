package org.cooperation.tracker.kernel.programme.calendar;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * The secretariat includes a submitted entry in the calendar, or returns it to its
 * country with a reason.
 *
 * @param entryId the entry
 * @param decision {@link CalendarEntryState#INCLUDED} or
 * {@link CalendarEntryState#RETURNED}
 * @param reason why it is returned (required then), or a note on the inclusion
 */
public record DecideOnCalendarEntry(@TargetAggregateIdentifier CalendarEntryId entryId, CalendarEntryState decision,
		String reason) {

	public DecideOnCalendarEntry {
		Checks.required(entryId, "entryId");
		Checks.required(decision, "decision");
		if (decision != CalendarEntryState.INCLUDED && decision != CalendarEntryState.RETURNED) {
			throw new InvalidValueException("a decision on a calendar entry is INCLUDED or RETURNED, not " + decision);
		}
		reason = (decision == CalendarEntryState.RETURNED)
				? Checks.requiredText(reason, "reason for returning the entry", Checks.MAX_TEXT_LENGTH)
				: Checks.optionalText(reason, "note", Checks.MAX_TEXT_LENGTH);
	}

}
