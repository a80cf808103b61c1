package org.cooperation.tracker.kernel.initiative;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Moves one country's participation in an initiative to a new status.
 *
 * @param initiativeId the initiative
 * @param country the participating country
 * @param status the status asked for
 * @param effectiveOn the day the change took effect (business time)
 * @param note why, or null
 * @param evidence links that back the change, possibly none
 */
public record ChangeParticipationStatus(@TargetAggregateIdentifier InitiativeId initiativeId, Country country,
		ParticipationStatus status, LocalDate effectiveOn, String note, List<EvidenceLink> evidence) {

	public ChangeParticipationStatus {
		Checks.required(initiativeId, "initiativeId");
		Checks.required(country, "country");
		Checks.required(status, "status");
		Checks.required(effectiveOn, "effectiveOn");
		note = Checks.optionalText(note, "note");
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		if (evidence.size() > EvidenceLink.MAX_PER_RECORD) {
			throw new InvalidValueException(
					"at most " + EvidenceLink.MAX_PER_RECORD + " evidence links, not " + evidence.size());
		}
	}

}
