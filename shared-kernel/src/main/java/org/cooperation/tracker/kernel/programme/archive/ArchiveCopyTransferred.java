package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Sha256;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The holder sent the copy; it is {@link ArchiveCopyState#TRANSFERRED}.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the sending country
 * @param receiver the receiving country
 * @param checksum the SHA-256 of the copy as sent
 * @param medium how it travels
 * @param sentOn the day it was sent
 * @param attempt 1 for the first transfer, 2 for the second after a mismatch, and so on
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyTransferred(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder, Country receiver,
		Sha256 checksum, TransferMedium medium, LocalDate sentOn, int attempt, String note) {

}
