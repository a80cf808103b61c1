package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one leg of a Cultural Tour programme edition. */
public record TourLegId(UUID value) {

	public TourLegId {
		Checks.required(value, "tour leg id");
	}

	public static TourLegId random() {
		return new TourLegId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
