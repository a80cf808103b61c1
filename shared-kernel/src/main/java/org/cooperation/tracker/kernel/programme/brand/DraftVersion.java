package org.cooperation.tracker.kernel.programme.brand;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * The version number of a concept draft: 1 for the first, one more for each draft after
 * it.
 *
 * @param value the number
 */
public record DraftVersion(int value) {

	/** The first version; the OpenAPI document's minimum too. */
	public static final int MIN = 1;

	/** The greatest version; the OpenAPI document's maximum too. */
	public static final int MAX = 999;

	public DraftVersion {
		if (value < MIN || value > MAX) {
			throw new InvalidValueException(
					"a draft version is a number from " + MIN + " to " + MAX + ", not " + value);
		}
	}

	public static DraftVersion first() {
		return new DraftVersion(1);
	}

	public DraftVersion next() {
		return new DraftVersion(value + 1);
	}

	@Override
	public String toString() {
		return "v" + value;
	}

}
