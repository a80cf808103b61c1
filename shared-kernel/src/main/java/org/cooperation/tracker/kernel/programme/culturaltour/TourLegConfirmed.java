package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.serialization.Revision;

/**
 * A planned leg was confirmed; it stands at {@link TourLegState#CONFIRMED}.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param note what confirms it, or null
 */
@Revision("1")
public record TourLegConfirmed(TourProgrammeId programmeId, TourLegId legId, String note) {

}
