package org.cooperation.tracker.command.protocol;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

/**
 * Reads the terms from the protocol aggregate itself, inside the asking command's unit of
 * work: always current, with no second copy of the protocol to keep in step.
 */
@Component
class EventSourcedProtocolTerms implements ProtocolTerms {

	private final Repository<Protocol> protocols;

	EventSourcedProtocolTerms(Repository<Protocol> protocols) {
		this.protocols = protocols;
	}

	@Override
	public AgreedTerms of(ProtocolId protocolId) {
		try {
			return protocols.load(protocolId.toString()).invoke(Protocol::terms);
		}
		catch (AggregateNotFoundException | IncompatibleAggregateException ex) {
			throw new UnknownReference("no protocol " + protocolId + " is recorded");
		}
	}

}
