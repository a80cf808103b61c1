package org.cooperation.tracker.kernel.initiative;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
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
		Checks.requiredFields("initiativeId", initiativeId, "country", country, "status", status, "effectiveOn",
				effectiveOn);
		note = Checks.optionalText(note, "note");
		evidence = EvidenceLink.perRecord(evidence);
	}

}
