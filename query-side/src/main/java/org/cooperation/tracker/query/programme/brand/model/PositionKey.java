package org.cooperation.tracker.query.programme.brand.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of a position: one country on one draft version of one group. */
public class PositionKey implements Serializable {

	private UUID workingGroupId;

	private Country country;

	private int version;

	protected PositionKey() {
	}

	public PositionKey(UUID workingGroupId, Country country, int version) {
		this.workingGroupId = workingGroupId;
		this.country = country;
		this.version = version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PositionKey key && Objects.equals(workingGroupId, key.workingGroupId)
				&& country == key.country && version == key.version;
	}

	@Override
	public int hashCode() {
		return Objects.hash(workingGroupId, country, version);
	}

}
