package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party asked approved the exchange; the copy is {@link ArchiveCopyState#APPROVED}.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the holding country
 * @param receiver the receiving country
 * @param approvedBy the approving country (the receiver of an offer, the holder of a
 * request)
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyApproved(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		Country approvedBy, String note) {

}
