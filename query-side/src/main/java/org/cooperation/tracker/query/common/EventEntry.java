package org.cooperation.tracker.query.common;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A read-model row kept per event (a history entry, a step, a change): it shows who
 * recorded the event and when, in the {@link RecordedBy} columns every such row carries.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class EventEntry {

	/** When the event was recorded, by whom, and whether it is demo data. */
	@Embedded
	private RecordedBy recordedBy;

	protected EventEntry(Recorded recorded) {
		this.recordedBy = RecordedBy.of(recorded);
	}

}
