package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * Cancels a leg that has not taken place.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param reason why it was cancelled
 */
public record CancelTourLeg(@TargetAggregateIdentifier TourProgrammeId programmeId, TourLegId legId, String reason) {

	public CancelTourLeg {
		Checks.requiredFields("programmeId", programmeId, "legId", legId);
		reason = Checks.requiredText(reason, "reason");
	}

}
