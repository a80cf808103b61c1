package org.cooperation.tracker.kernel.programme.culturaltour;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Identifies a yearly edition of a Cultural Tour initiative's programme. An initiative
 * has at most one edition per year, so the initiative and the year are the identity.
 *
 * @param initiativeId the Cultural Tour initiative
 * @param year the edition's year
 */
public record TourProgrammeId(InitiativeId initiativeId, int year) {

	/** Earliest edition year the tracker accepts. */
	public static final int MIN_YEAR = 2000;

	/** Latest edition year the tracker accepts. */
	public static final int MAX_YEAR = 2100;

	public TourProgrammeId {
		Checks.required(initiativeId, "initiativeId");
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new InvalidValueException(
					"an edition year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", not " + year);
		}
	}

	/** The aggregate identifier in the event store: the initiative, a slash, the year. */
	@Override
	public String toString() {
		return initiativeId + "/" + year;
	}

}
