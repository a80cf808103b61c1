package org.cooperation.tracker.kernel.protocol;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A direction of cooperation was agreed in a protocol.
 *
 * @param protocolId the protocol
 * @param directionId the direction
 * @param title what the parties agreed to work on
 */
@Revision("1")
public record DirectionAgreed(ProtocolId protocolId, DirectionId directionId, LocalizedText title) {

}
