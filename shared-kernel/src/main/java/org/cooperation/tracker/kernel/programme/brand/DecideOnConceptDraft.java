package org.cooperation.tracker.kernel.programme.brand;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A participating country approves the latest concept draft, or withholds its approval
 * and says why. A country may change its position on the same draft; a new draft needs a
 * new approval.
 *
 * @param workingGroupId the group
 * @param country the deciding country
 * @param version the draft decided on, which must be the latest
 * @param decision approved or withheld
 * @param decidedOn the day of the decision
 * @param note the reason (required when withholding), or null
 */
public record DecideOnConceptDraft(@TargetAggregateIdentifier WorkingGroupId workingGroupId, Country country,
		DraftVersion version, ConceptDecision decision, LocalDate decidedOn, String note) {

	public DecideOnConceptDraft {
		Checks.requiredFields("workingGroupId", workingGroupId, "country", country, "version", version, "decision",
				decision, "decidedOn", decidedOn);
		note = (decision == ConceptDecision.WITHHELD) ? Checks.requiredText(note, "reason for withholding approval")
				: Checks.optionalText(note, "note");
	}

}
