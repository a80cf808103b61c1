package org.cooperation.tracker.kernel.protocol;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one agreed direction of cooperation within a protocol. */
public record DirectionId(UUID value) {

	public DirectionId {
		Checks.required(value, "direction id");
	}

	public static DirectionId random() {
		return new DirectionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
