package org.cooperation.tracker.query.initiative.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of a participation: one country on one initiative. */
public class ParticipantKey implements Serializable {

	private UUID initiativeId;

	private Country country;

	protected ParticipantKey() {
	}

	public ParticipantKey(UUID initiativeId, Country country) {
		this.initiativeId = initiativeId;
		this.country = country;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ParticipantKey key && Objects.equals(initiativeId, key.initiativeId)
				&& country == key.country;
	}

	@Override
	public int hashCode() {
		return Objects.hash(initiativeId, country);
	}

}
