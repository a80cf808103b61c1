package org.cooperation.tracker.kernel.programme.calendar;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one event a country submitted to the cultural calendar. */
public record CalendarEntryId(UUID value) {

	public CalendarEntryId {
		Checks.required(value, "calendar entry id");
	}

	public static CalendarEntryId random() {
		return new CalendarEntryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
