package org.cooperation.tracker.query.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

/**
 * One change in a participation's history.
 *
 * @param type what happened
 * @param country the country concerned
 * @param from the status left, for a status change
 * @param to the status taken, for a proposal or a status change
 * @param percent the reported percent, for a progress report
 * @param effectiveOn the day a status change took effect
 * @param asOf the day a progress report describes
 * @param reportId the progress report's id
 * @param note the note given, or null
 * @param evidence links that back the change
 * @param recordedAt when it was recorded
 * @param actor who recorded it, or null
 * @param actorRole the actor's role, or null
 * @param actorCountry the country the actor acts for, or null
 * @param correlationId the request that recorded it, or null
 * @param sample true when it is demo data
 */
public record HistoryEntry(HistoryEntryType type, Country country, ParticipationStatus from, ParticipationStatus to,
		Integer percent, LocalDate effectiveOn, LocalDate asOf, UUID reportId, String note, List<String> evidence,
		Instant recordedAt, String actor, String actorRole, String actorCountry, String correlationId, boolean sample) {

}
