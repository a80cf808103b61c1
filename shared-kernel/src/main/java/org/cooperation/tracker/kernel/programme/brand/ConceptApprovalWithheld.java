package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;

/**
 * A country withheld its approval of one version of the concept draft.
 *
 * @param workingGroupId the group
 * @param country the country
 * @param version the version concerned
 * @param decidedOn the day of the decision
 * @param reason why
 */
@Revision("1")
public record ConceptApprovalWithheld(WorkingGroupId workingGroupId, Country country, DraftVersion version,
		LocalDate decidedOn, String reason) {

}
