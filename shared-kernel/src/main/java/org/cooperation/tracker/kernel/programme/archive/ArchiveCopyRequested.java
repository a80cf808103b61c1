package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The receiver asked for a copy; it is {@link ArchiveCopyState#REQUESTED}.
 *
 * @param copyId the copy
 * @param initiativeId the archive-exchange initiative
 * @param holder the country asked
 * @param receiver the requesting country
 * @param material what is asked for
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyRequested(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		ArchiveMaterial material, String note) {

}
