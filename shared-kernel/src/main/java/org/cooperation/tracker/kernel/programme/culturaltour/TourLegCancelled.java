package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.serialization.Revision;

/**
 * A leg was cancelled before it took place; it stands at {@link TourLegState#CANCELLED},
 * which is final.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param from the state it was cancelled in, PLANNED or CONFIRMED
 * @param reason why
 */
@Revision("1")
public record TourLegCancelled(TourProgrammeId programmeId, TourLegId legId, TourLegState from, String reason) {

}
