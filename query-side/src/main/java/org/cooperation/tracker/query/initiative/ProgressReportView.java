package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One filed progress report.
 *
 * @param reportId the report
 * @param initiativeId the initiative
 * @param country the reporting country
 * @param percent how far it has got
 * @param asOf the day the figure describes
 * @param note what was done, or null
 * @param evidence links that back it
 * @param recordedAt when it was recorded
 * @param actor who filed it, or null
 * @param actorRole the actor's role, or null
 * @param actorCountry the country the actor acts for, or null
 * @param correlationId the request that filed it, or null
 * @param sample true when it is demo data
 */
public record ProgressReportView(UUID reportId, UUID initiativeId, Country country, Integer percent, LocalDate asOf,
		String note, List<String> evidence, Instant recordedAt, String actor, String actorRole, String actorCountry,
		String correlationId, boolean sample) {

}
