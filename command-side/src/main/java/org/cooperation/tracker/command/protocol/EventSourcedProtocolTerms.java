package org.cooperation.tracker.command.protocol;

import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.common.AggregateFacts;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

/** Reads the terms from the protocol aggregate itself. */
@Component
class EventSourcedProtocolTerms extends AggregateFacts<Protocol, ProtocolId, AgreedTerms> implements ProtocolTerms {

	EventSourcedProtocolTerms(Repository<Protocol> protocols) {
		super(protocols, Protocol::terms, "protocol");
	}

}
