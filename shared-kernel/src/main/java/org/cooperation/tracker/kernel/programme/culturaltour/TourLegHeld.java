package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.EvidenceLink;

/**
 * A confirmed leg took place; it stands at {@link TourLegState#HELD}, which is final.
 *
 * @param programmeId the programme edition
 * @param legId the leg
 * @param note what happened, or null
 * @param evidence links that show it took place
 */
@Revision("1")
public record TourLegHeld(TourProgrammeId programmeId, TourLegId legId, String note, List<EvidenceLink> evidence) {

}
