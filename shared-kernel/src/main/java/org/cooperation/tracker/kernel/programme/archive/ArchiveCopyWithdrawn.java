package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party that started the exchange called it off before any transfer; the copy is
 * {@link ArchiveCopyState#WITHDRAWN}.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the holding country
 * @param receiver the receiving country
 * @param withdrawnBy the withdrawing country
 * @param from the state it left
 * @param reason why
 */
@Revision("1")
public record ArchiveCopyWithdrawn(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		Country withdrawnBy, ArchiveCopyState from, String reason) {

}
