package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * An initiative as listed.
 *
 * @param initiativeId the initiative
 * @param protocolId the protocol it belongs to
 * @param directionId the direction it serves
 * @param kind what it is
 * @param title its title
 * @param description its description, or null
 * @param proposedBy the proposing country
 * @param participants the participating countries, in the order of {@link Country}
 * @param proposedAt when the proposal was recorded
 * @param sample true when the proposal is demo data
 */
public record InitiativeSummary(UUID initiativeId, UUID protocolId, UUID directionId, InitiativeKind kind,
		LocalizedText title, LocalizedText description, Country proposedBy, List<Country> participants,
		Instant proposedAt, boolean sample) {

}
