package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Sha256;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The receiver's checksum differed from the holder's: what arrived is not accepted as the
 * copy. The copy is {@link ArchiveCopyState#CHECKSUM_MISMATCH} until the holder transfers
 * it again.
 *
 * @param copyId the copy
 * @param initiativeId the initiative
 * @param holder the sending country
 * @param receiver the receiving country
 * @param expected the SHA-256 the holder stated when sending
 * @param computed the SHA-256 the receiver computed over what arrived
 * @param checkedOn the day the receiver checked it
 * @param note a remark, or null
 */
@Revision("1")
public record ArchiveCopyChecksumMismatchRecorded(ArchiveCopyId copyId, InitiativeId initiativeId, Country holder,
		Country receiver, Sha256 expected, Sha256 computed, LocalDate checkedOn, String note) {

}
