package org.cooperation.tracker.kernel.programme.brand;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one meeting of the working group. */
public record MeetingId(UUID value) {

	public MeetingId {
		Checks.required(value, "meeting id");
	}

	public static MeetingId random() {
		return new MeetingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
