package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party asked agrees to the exchange: the receiver approves an offer, the holder
 * approves a request.
 *
 * @param copyId the copy
 * @param initiativeId the initiative it belongs to
 * @param country the approving country
 * @param note a remark, or null
 */
public record ApproveArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country country, String note) {

	public ApproveArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId, "country", country);
		note = Checks.optionalText(note, "note");
	}

}
