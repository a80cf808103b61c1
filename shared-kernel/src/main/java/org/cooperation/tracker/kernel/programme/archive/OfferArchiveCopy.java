package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The holder offers a copy of archival material to another participating country; the
 * receiver then approves or declines.
 *
 * @param copyId the new copy's id
 * @param initiativeId the archive-exchange initiative
 * @param holder the offering country, whose archive holds the original
 * @param receiver the country offered the copy
 * @param material what would be copied
 * @param note a remark, or null
 */
public record OfferArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country holder, Country receiver, ArchiveMaterial material, String note) {

	public OfferArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId);
		ArchivePair.check(holder, receiver);
		Checks.required(material, "material");
		note = Checks.optionalText(note, "note");
	}

}
