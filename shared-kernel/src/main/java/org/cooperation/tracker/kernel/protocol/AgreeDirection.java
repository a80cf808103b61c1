package org.cooperation.tracker.kernel.protocol;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * Adds a direction of cooperation to a recorded protocol.
 *
 * @param protocolId the protocol
 * @param directionId the new direction's id
 * @param title what the parties agreed to work on
 */
public record AgreeDirection(@TargetAggregateIdentifier ProtocolId protocolId, DirectionId directionId,
		LocalizedText title) {

	public AgreeDirection {
		Checks.requiredFields("protocolId", protocolId, "directionId", directionId);
		Checks.title(Checks.required(title, "title"), "title");
	}

}
