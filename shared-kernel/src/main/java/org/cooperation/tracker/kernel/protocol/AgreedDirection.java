package org.cooperation.tracker.kernel.protocol;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A direction of cooperation as agreed in a protocol.
 *
 * @param directionId its id
 * @param title what the parties agreed to work on
 */
public record AgreedDirection(DirectionId directionId, LocalizedText title) {

	public AgreedDirection {
		Checks.required(directionId, "direction id");
		Checks.title(Checks.required(title, "direction title"), "direction title");
	}

}
