package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * A country's standing on one initiative.
 *
 * @param initiativeId the initiative
 * @param protocolId the protocol it belongs to
 * @param kind what it is
 * @param title its title
 * @param status the country's participation status
 * @param iatiCode the IATI ActivityStatus code of that status
 * @param iatiLabel the IATI ActivityStatus name
 * @param percent the latest reported percent, or null before any report
 * @param statusEffectiveOn the day the status took effect, or null when unknown
 * @param lastRecordedAt when anything was last recorded for this participation
 * @param sample true when the status or percent shown is demo data
 */
public record CountryInitiative(UUID initiativeId, UUID protocolId, InitiativeKind kind, LocalizedText title,
		ParticipationStatus status, int iatiCode, String iatiLabel, Integer percent, LocalDate statusEffectiveOn,
		Instant lastRecordedAt, boolean sample) {

}
