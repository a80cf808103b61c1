package org.cooperation.tracker.kernel.initiative;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/** How far a country has got with an initiative, 0 to 100. */
public record ProgressPercent(int value) {

	/** The least percent; the OpenAPI document's minimum too. */
	public static final int MIN = 0;

	/** The greatest percent; the OpenAPI document's maximum too. */
	public static final int MAX = 100;

	public ProgressPercent {
		if (value < MIN || value > MAX) {
			throw new InvalidValueException("progress percent must be between 0 and 100, not " + value);
		}
	}

}
