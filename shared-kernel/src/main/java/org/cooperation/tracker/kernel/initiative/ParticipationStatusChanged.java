package org.cooperation.tracker.kernel.initiative;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A country's participation in an initiative moved from one status to another.
 *
 * @param initiativeId the initiative
 * @param country the country
 * @param from the status it left
 * @param to the status it took
 * @param effectiveOn the day the change took effect
 * @param note why, or null
 * @param evidence links that back it
 */
@Revision("1")
public record ParticipationStatusChanged(InitiativeId initiativeId, Country country, ParticipationStatus from,
		ParticipationStatus to, LocalDate effectiveOn, String note, List<EvidenceLink> evidence) {

}
