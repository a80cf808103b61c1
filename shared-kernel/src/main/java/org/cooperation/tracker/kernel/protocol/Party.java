package org.cooperation.tracker.kernel.protocol;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;

/**
 * A country on a protocol's party list.
 *
 * @param country the country
 * @param role its role at this meeting
 * @param designatedSignatory who is to sign for it, or null when the source does not say
 */
public record Party(Country country, PartyRole role, String designatedSignatory) {

	public Party {
		Checks.required(country, "party country");
		Checks.required(role, "party role");
		designatedSignatory = Checks.optionalLine(designatedSignatory, "designated signatory");
	}

}
