package org.cooperation.tracker.kernel.programme.brand;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Identifies the working group of a brand-working-group initiative. It is derived from
 * the initiative's id, so each initiative has at most one group (the event store refuses
 * a second stream under the same id) and both sides find it from the initiative alone.
 *
 * @param value the id
 */
public record WorkingGroupId(UUID value) {

	public WorkingGroupId {
		Checks.required(value, "working group id");
	}

	/** The id of the working group of this initiative (a name-based UUID). */
	public static WorkingGroupId of(InitiativeId initiativeId) {
		Checks.required(initiativeId, "initiative id");
		return new WorkingGroupId(UUID
			.nameUUIDFromBytes(("brand-working-group:" + initiativeId.value()).getBytes(StandardCharsets.UTF_8)));
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
