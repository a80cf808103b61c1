package org.cooperation.tracker.query.protocol;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A direction as listed with its protocol.
 *
 * @param directionId the direction
 * @param title what the parties agreed to work on
 */
public record DirectionSummary(UUID directionId, LocalizedText title) {

}
