package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The working group of a brand-working-group initiative was set up.
 *
 * @param workingGroupId the group
 * @param initiativeId its initiative
 * @param establishedOn the day it was set up
 * @param note the decision that set it up, or null
 */
@Revision("1")
public record WorkingGroupEstablished(WorkingGroupId workingGroupId, InitiativeId initiativeId, LocalDate establishedOn,
		String note) {

}
