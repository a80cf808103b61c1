package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A country approved one version of the concept draft.
 *
 * @param workingGroupId the group
 * @param country the approving country
 * @param version the version approved
 * @param decidedOn the day of the decision
 * @param note a note, or null
 */
@Revision("1")
public record ConceptDraftApproved(WorkingGroupId workingGroupId, Country country, DraftVersion version,
		LocalDate decidedOn, String note) {

}
