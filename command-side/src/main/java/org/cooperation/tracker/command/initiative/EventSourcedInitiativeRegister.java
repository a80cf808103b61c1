package org.cooperation.tracker.command.initiative;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Reads the facts from the initiative aggregate itself, inside the asking command's unit
 * of work.
 */
@Component
class EventSourcedInitiativeRegister implements InitiativeRegister {

	private final Repository<Initiative> initiatives;

	EventSourcedInitiativeRegister(Repository<Initiative> initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	public InitiativeFacts of(InitiativeId initiativeId) {
		try {
			return initiatives.load(initiativeId.toString()).invoke(Initiative::facts);
		}
		catch (AggregateNotFoundException | IncompatibleAggregateException ex) {
			throw new UnknownReference("no initiative " + initiativeId + " is recorded");
		}
	}

}
