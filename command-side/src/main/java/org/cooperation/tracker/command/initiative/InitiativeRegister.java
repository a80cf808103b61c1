package org.cooperation.tracker.command.initiative;

import org.cooperation.tracker.kernel.initiative.InitiativeId;

/** Looks up a recorded initiative, for the rules of programme records. */
public interface InitiativeRegister {

	/**
	 * @throws org.cooperation.tracker.command.refusal.UnknownReference when no such
	 * initiative is recorded
	 */
	InitiativeFacts of(InitiativeId initiativeId);

}
