package org.cooperation.tracker.kernel.programme.culturaltour;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies an archival film recorded on a Cultural Tour initiative. */
public record ArchivalFilmId(UUID value) {

	public ArchivalFilmId {
		Checks.required(value, "archival film id");
	}

	public static ArchivalFilmId random() {
		return new ArchivalFilmId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
