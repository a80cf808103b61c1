package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The party asked refuses the exchange before anything is transferred: the receiver an
 * offer, the holder a request (also after approving it, while nothing was sent).
 *
 * @param copyId the copy
 * @param initiativeId the initiative it belongs to
 * @param country the declining country
 * @param reason why
 */
public record DeclineArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country country, String reason) {

	public DeclineArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId, "country", country);
		reason = Checks.requiredText(reason, "reason");
	}

}
