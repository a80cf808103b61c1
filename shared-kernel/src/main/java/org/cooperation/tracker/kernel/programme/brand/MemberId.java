package org.cooperation.tracker.kernel.programme.brand;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one nomination to the working group: a person holding a seat. */
public record MemberId(UUID value) {

	public MemberId {
		Checks.required(value, "member id");
	}

	public static MemberId random() {
		return new MemberId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
