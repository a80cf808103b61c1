package org.cooperation.tracker.kernel.initiative;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A country reported its progress on an initiative.
 *
 * @param initiativeId the initiative
 * @param reportId the report
 * @param country the reporting country
 * @param percent how far it has got
 * @param asOf the day the figure describes
 * @param note what was done, or null
 * @param evidence links that back it
 */
@Revision("1")
public record ProgressReported(InitiativeId initiativeId, ProgressReportId reportId, Country country,
		ProgressPercent percent, LocalDate asOf, String note, List<EvidenceLink> evidence) {

}
