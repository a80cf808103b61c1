package org.cooperation.tracker.kernel.programme.archive;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one exchanged copy of archival material. */
public record ArchiveCopyId(UUID value) {

	public ArchiveCopyId {
		Checks.required(value, "archive copy id");
	}

	public static ArchiveCopyId random() {
		return new ArchiveCopyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
