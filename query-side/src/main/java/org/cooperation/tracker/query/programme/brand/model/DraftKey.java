package org.cooperation.tracker.query.programme.brand.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Key of a concept draft: its group and version. */
public class DraftKey implements Serializable {

	private UUID workingGroupId;

	private int version;

	protected DraftKey() {
	}

	public DraftKey(UUID workingGroupId, int version) {
		this.workingGroupId = workingGroupId;
		this.version = version;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DraftKey key && Objects.equals(workingGroupId, key.workingGroupId)
				&& version == key.version;
	}

	@Override
	public int hashCode() {
		return Objects.hash(workingGroupId, version);
	}

}
