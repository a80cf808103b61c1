package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;

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
		Checks.required(programmeId, "programmeId");
		Checks.required(legId, "legId");
		note = Checks.optionalText(note, "note");
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
		if (evidence.size() > EvidenceLink.MAX_PER_RECORD) {
			throw new InvalidValueException(
					"at most " + EvidenceLink.MAX_PER_RECORD + " evidence links, not " + evidence.size());
		}
	}

}
