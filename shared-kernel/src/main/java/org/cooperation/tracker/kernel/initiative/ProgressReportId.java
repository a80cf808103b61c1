package org.cooperation.tracker.kernel.initiative;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one progress report filed by a country on an initiative. */
public record ProgressReportId(UUID value) {

	public ProgressReportId {
		Checks.required(value, "progress report id");
	}

	public static ProgressReportId random() {
		return new ProgressReportId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
