package org.cooperation.tracker.command.common;

import org.axonframework.modelling.command.AggregateNotFoundException;

import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * A programme record is addressed under its initiative, as its path names it: under
 * another initiative the record does not exist, and is answered as not found rather than
 * as a refusal.
 */
public final class UnderItsInitiative {

	private UnderItsInitiative() {
	}

	/**
	 * @param notThere the answer, as in "listing ... does not belong to initiative ..."
	 */
	public static void require(InitiativeId recordedOn, InitiativeId asked, Object recordId, String notThere) {
		if (!recordedOn.equals(asked)) {
			throw new AggregateNotFoundException(recordId.toString(), notThere);
		}
	}

}
