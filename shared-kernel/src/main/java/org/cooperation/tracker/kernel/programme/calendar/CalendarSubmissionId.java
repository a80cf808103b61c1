package org.cooperation.tracker.kernel.programme.calendar;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one event a country submitted to the cultural calendar. */
public record CalendarSubmissionId(UUID value) {

	public CalendarSubmissionId {
		Checks.required(value, "calendar submission id");
	}

	public static CalendarSubmissionId random() {
		return new CalendarSubmissionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
