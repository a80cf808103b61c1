package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

/** The check every exchange's ordered pair of countries passes. */
final class ArchivePair {

	private ArchivePair() {
	}

	static void check(Country holder, Country receiver) {
		Checks.requiredFields("holder", holder, "receiver", receiver);
		if (holder == receiver) {
			throw new InvalidValueException("holder and receiver must be different countries, not both " + holder);
		}
	}

}
