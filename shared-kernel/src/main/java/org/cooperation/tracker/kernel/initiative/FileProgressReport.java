package org.cooperation.tracker.kernel.initiative;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Files a country's progress report on an initiative.
 *
 * @param initiativeId the initiative
 * @param reportId the new report's id
 * @param country the reporting country
 * @param percent how far it has got
 * @param asOf the day the figure describes
 * @param note what was done, or null
 * @param evidence links that back it, possibly none
 */
public record FileProgressReport(@TargetAggregateIdentifier InitiativeId initiativeId, ProgressReportId reportId,
		Country country, ProgressPercent percent, LocalDate asOf, String note, List<EvidenceLink> evidence) {

	public FileProgressReport {
		Checks.requiredFields("initiativeId", initiativeId, "reportId", reportId, "country", country, "percent",
				percent, "asOf", asOf);
		note = Checks.optionalText(note, "note");
		evidence = EvidenceLink.perRecord(evidence);
	}

}
