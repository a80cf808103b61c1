package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party that started the exchange calls it off before anything is transferred: the
 * holder its offer, the receiver its request.
 *
 * @param copyId the copy
 * @param initiativeId the initiative it belongs to
 * @param country the withdrawing country
 * @param reason why
 */
public record WithdrawArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country country, String reason) {

	public WithdrawArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId, "country", country);
		reason = Checks.requiredText(reason, "reason");
	}

}
