package org.cooperation.tracker.command.initiative;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.common.AggregateFacts;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * Reads the facts from the initiative aggregate itself, inside the asking command's unit
 * of work.
 */
@Component
class EventSourcedInitiativeRegister extends AggregateFacts<Initiative, InitiativeId, InitiativeFacts>
		implements InitiativeRegister {

	EventSourcedInitiativeRegister(Repository<Initiative> initiatives) {
		super(initiatives, Initiative::facts, "initiative");
	}

}
