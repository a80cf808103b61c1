package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * One thing an initiative's own records wait for from a country.
 *
 * @param kind what the country is asked to do
 * @param initiativeId the initiative whose record it is
 * @param subject the record's multilingual title (a copy's material, a calendar event),
 * or null
 * @param reference a shelf mark or a draft's title and version, or null
 * @param counterpart the other country of an archive copy, or null
 * @param note the reason recorded with it (why a submission was returned), or null
 * @param page the page below the initiative's own address where the record is shown:
 * {@code calendar/2026}
 * @param since when it started waiting
 * @param sample true when it is demo data
 */
public record Awaited(AwaitedKind kind, UUID initiativeId, LocalizedText subject, String reference, Country counterpart,
		String note, String page, Instant since, boolean sample) {

}
