package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The secretariat records that the working group of a brand-working-group initiative was
 * set up. Everything else the group does is recorded on it.
 *
 * @param initiativeId the brand-working-group initiative
 * @param establishedOn the day the group was set up
 * @param note the decision that set it up, or null
 */
public record EstablishWorkingGroup(InitiativeId initiativeId, LocalDate establishedOn, String note) {

	public EstablishWorkingGroup {
		Checks.requiredFields("initiativeId", initiativeId, "establishedOn", establishedOn);
		note = Checks.optionalText(note, "note");
	}

	/** The group's id, derived from the initiative. */
	public WorkingGroupId workingGroupId() {
		return WorkingGroupId.of(initiativeId);
	}

}
