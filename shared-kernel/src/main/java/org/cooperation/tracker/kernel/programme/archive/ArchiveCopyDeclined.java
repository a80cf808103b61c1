package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party asked refused the exchange before any transfer; the copy is
 * {@link ArchiveCopyState#DECLINED}.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the holding country
 * @param receiver the receiving country
 * @param declinedBy the declining country
 * @param from the state it left
 * @param reason why
 */
@Revision("1")
public record ArchiveCopyDeclined(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		Country declinedBy, ArchiveCopyState from, String reason) {

}
