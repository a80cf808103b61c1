package org.cooperation.tracker.command.initiative;

import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/** Looks up a recorded initiative, for the rules of programme records. */
public interface InitiativeRegister {

	/**
	 * @throws org.cooperation.tracker.command.refusal.UnknownReference when no such
	 * initiative is recorded
	 */
	InitiativeFacts of(InitiativeId initiativeId);

	/**
	 * The guard a country's own new programme record passes, in this order: the caller is
	 * that country's liaison; the initiative is recorded, is of the record's kind, and
	 * has the country among its participants.
	 * @param action how a refusal of the caller names what they do
	 * @param record how a refusal of the kind names the record, as in "a calendar
	 * submission"
	 */
	default InitiativeFacts ofLiaisonsCountry(Caller caller, Country country, String action, InitiativeId initiativeId,
			InitiativeKind kind, String record) {
		Access.liaisonOf(caller, country, action);
		return of(initiativeId).requireKind(kind, record).requireParticipant(country);
	}

}
