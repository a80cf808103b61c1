package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Sha256;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The holder sends an approved copy (or sends it again after a checksum mismatch),
 * stating the SHA-256 of what it sent and how.
 *
 * @param copyId the copy
 * @param initiativeId the initiative it belongs to
 * @param country the sending country, which must be the holder
 * @param checksum the SHA-256 of the copy as sent
 * @param medium how it travels
 * @param sentOn the day it was sent
 * @param note a remark, or null
 */
public record TransferArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country country, Sha256 checksum, TransferMedium medium, LocalDate sentOn, String note) {

	public TransferArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId, "country", country, "checksum", checksum,
				"medium", medium, "sentOn", sentOn);
		note = Checks.optionalText(note, "note");
	}

}
