package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * Where one participant stands on an initiative.
 *
 * @param country the participant
 * @param status its participation status
 * @param iatiCode the IATI ActivityStatus code of that status
 * @param iatiLabel the IATI ActivityStatus name
 * @param percent the latest reported percent, or null before any report
 * @param percentAsOf the day that percent describes, or null
 * @param statusEffectiveOn the day the status took effect, or null when unknown
 * @param lastRecordedAt when anything was last recorded for this participation
 * @param sample true when the status or percent shown is demo data
 */
public record CountryStanding(Country country, ParticipationStatus status, int iatiCode, String iatiLabel,
		Integer percent, LocalDate percentAsOf, LocalDate statusEffectiveOn, Instant lastRecordedAt, boolean sample) {

}
