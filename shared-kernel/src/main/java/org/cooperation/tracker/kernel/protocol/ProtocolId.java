package org.cooperation.tracker.kernel.protocol;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies a protocol. */
public record ProtocolId(UUID value) {

	public ProtocolId {
		Checks.required(value, "protocol id");
	}

	public static ProtocolId random() {
		return new ProtocolId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
