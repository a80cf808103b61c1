package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Sha256;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The receiver confirmed the copy arrived intact: the checksum it computed equals the
 * holder's. The copy is {@link ArchiveCopyState#RECEIVED}.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the sending country
 * @param receiver the receiving country
 * @param checksum the SHA-256 both sides agree on
 * @param receivedOn the day it arrived and was checked
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyReceived(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		Sha256 checksum, LocalDate receivedOn, String note) {

}
