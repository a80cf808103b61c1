package org.cooperation.tracker.query.programme.culturaltour.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of a programme edition: one initiative's year. */
public class TourProgrammeKey implements Serializable {

	private UUID initiativeId;

	private int year;

	protected TourProgrammeKey() {
	}

	public TourProgrammeKey(UUID initiativeId, int year) {
		this.initiativeId = initiativeId;
		this.year = year;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TourProgrammeKey key && Objects.equals(initiativeId, key.initiativeId)
				&& year == key.year;
	}

	@Override
	public int hashCode() {
		return Objects.hash(initiativeId, year);
	}

}
