package org.cooperation.tracker.query.common;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/**
 * A read-model row kept per event (a history entry, a step, a change): it shows who
 * recorded the event and when, in the {@link RecordedBy} columns every such row carries.
 */
@MappedSuperclass
public abstract class EventEntry {

	@Embedded
	private RecordedBy recordedBy;

	protected EventEntry() {
	}

	protected EventEntry(Recorded recorded) {
		this.recordedBy = RecordedBy.of(recorded);
	}

	/** When the event was recorded, by whom, and whether it is demo data. */
	public RecordedBy getRecordedBy() {
		return recordedBy;
	}

}
