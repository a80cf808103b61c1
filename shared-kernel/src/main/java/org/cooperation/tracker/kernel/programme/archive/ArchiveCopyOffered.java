package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The holder offered a copy; it is {@link ArchiveCopyState#OFFERED}.
 *
 * @param copyId the copy
 * @param initiativeId the archive-exchange initiative
 * @param holder the offering country
 * @param receiver the country offered the copy
 * @param material what would be copied
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyOffered(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		ArchiveMaterial material, String note) {

}
