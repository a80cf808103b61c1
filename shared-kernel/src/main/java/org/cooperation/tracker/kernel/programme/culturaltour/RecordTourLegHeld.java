package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;

/**
 * Records that a confirmed leg took place.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param note what happened, or null
 * @param evidence links that show it took place (programme, press, photo report),
 * possibly none
 */
public record RecordTourLegHeld(@TargetAggregateIdentifier TourProgrammeId programmeId, TourLegId legId, String note,
		List<EvidenceLink> evidence) {

	public RecordTourLegHeld {
		Checks.requiredFields("programmeId", programmeId, "legId", legId);
		note = Checks.optionalText(note, "note");
		evidence = EvidenceLink.perRecord(evidence);
	}

}
