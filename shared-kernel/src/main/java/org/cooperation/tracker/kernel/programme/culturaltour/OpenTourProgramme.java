package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * Opens a Cultural Tour initiative's programme edition for a year, so legs can be planned
 * in it. An initiative has one edition per year.
 *
 * @param programmeId the initiative and the year
 */
public record OpenTourProgramme(@TargetAggregateIdentifier TourProgrammeId programmeId) {

	public OpenTourProgramme {
		Checks.required(programmeId, "programmeId");
	}

}
