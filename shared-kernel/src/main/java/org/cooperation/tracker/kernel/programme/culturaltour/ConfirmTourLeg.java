package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * Confirms a planned leg: the host and the origin have committed to it.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param note what confirms it, or null
 */
public record ConfirmTourLeg(@TargetAggregateIdentifier TourProgrammeId programmeId, TourLegId legId, String note) {

	public ConfirmTourLeg {
		Checks.requiredFields("programmeId", programmeId, "legId", legId);
		note = Checks.optionalText(note, "note");
	}

}
