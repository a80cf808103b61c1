package org.cooperation.tracker.query.common;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A read-model row that one event wrote (a signature, a meeting, a draft) or that the
 * latest of its events rewrites (a position): it keeps when that event was recorded and
 * whether it is demo data, in the columns {@code recorded_at} and {@code sample}.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class RecordedRow {

	private Instant recordedAt;

	private boolean sample;

	protected RecordedRow(Recorded recorded) {
		recorded(recorded);
	}

	/** The row now stands for this event. */
	protected final void recorded(Recorded recorded) {
		this.recordedAt = recorded.at();
		this.sample = recorded.sample();
	}

}
