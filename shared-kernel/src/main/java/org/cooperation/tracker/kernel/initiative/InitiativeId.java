package org.cooperation.tracker.kernel.initiative;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies an initiative. */
public record InitiativeId(UUID value) {

	public InitiativeId {
		Checks.required(value, "initiative id");
	}

	public static InitiativeId random() {
		return new InitiativeId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
