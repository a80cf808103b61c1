package org.cooperation.tracker.kernel.initiative;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/** How far a country has got with an initiative, 0 to 100. */
public record ProgressPercent(int value) {

	public ProgressPercent {
		if (value < 0 || value > 100) {
			throw new InvalidValueException("progress percent must be between 0 and 100, not " + value);
		}
	}

}
