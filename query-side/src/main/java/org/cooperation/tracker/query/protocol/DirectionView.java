package org.cooperation.tracker.query.protocol;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * One agreed direction of cooperation and the initiatives that serve it.
 *
 * @param protocolId the protocol
 * @param directionId the direction
 * @param title what the parties agreed to work on
 * @param agreedAt when the direction was recorded
 * @param sample true when it is demo data
 * @param initiatives the initiatives proposed under it
 */
public record DirectionView(UUID protocolId, UUID directionId, LocalizedText title, Instant agreedAt, boolean sample,
		List<InitiativeReference> initiatives) {

}
