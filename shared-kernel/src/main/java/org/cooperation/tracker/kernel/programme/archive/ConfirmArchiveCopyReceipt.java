package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Sha256;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The receiver states the SHA-256 it computed over what arrived. Equal to the holder's:
 * the copy is received. Different: the mismatch is recorded and the copy is not accepted.
 *
 * @param copyId the copy
 * @param initiativeId the initiative it belongs to
 * @param country the confirming country, which must be the receiver
 * @param checksum the SHA-256 the receiver computed
 * @param receivedOn the day it arrived and was checked
 * @param note a remark, or null
 */
public record ConfirmArchiveCopyReceipt(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country country, Sha256 checksum, LocalDate receivedOn, String note) {

	public ConfirmArchiveCopyReceipt {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId, "country", country, "checksum", checksum,
				"receivedOn", receivedOn);
		note = Checks.optionalText(note, "note");
	}

}
