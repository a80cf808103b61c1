package org.cooperation.tracker.kernel.programme.archive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * The receiver asks another participating country for a copy of material in its archive;
 * the holder then approves or declines.
 *
 * @param copyId the new copy's id
 * @param initiativeId the archive-exchange initiative
 * @param holder the country asked, whose archive holds the original
 * @param receiver the requesting country
 * @param material what is asked for
 * @param note a remark, or null
 */
public record RequestArchiveCopy(@TargetAggregateIdentifier ArchiveCopyId copyId, InitiativeId initiativeId,
		Country holder, Country receiver, ArchiveMaterial material, String note) {

	public RequestArchiveCopy {
		Checks.requiredFields("copyId", copyId, "initiativeId", initiativeId);
		ArchivePair.check(holder, receiver);
		Checks.required(material, "material");
		note = Checks.optionalText(note, "note");
	}

}
