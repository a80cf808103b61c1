package org.cooperation.tracker.query.common;

import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A read-model row that stands for one aggregate's record: it remembers the sequence of
 * the last event applied from the aggregate (its version, sent as the ETag) and whether
 * any of those events is demo data. Keeping the sequence is what makes a redelivered
 * event harmless. The columns {@code aggregate_version} and {@code sample} are the ones
 * every such row had on its own before.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class SequencedRecord {

	/**
	 * The aggregate's version: the sequence number of the last event applied from it,
	 * which the query API sends as the ETag.
	 */
	private long aggregateVersion;

	/** True when any event of this record is demo data. */
	private boolean sample;

	/** A record started by its aggregate's first event. */
	protected SequencedRecord(Recorded first) {
		this.aggregateVersion = first.sequence();
		this.sample = first.sample();
	}

	/**
	 * Takes the event unless this or a later one of the aggregate was applied already.
	 * @return true when the event is new, so the row changes
	 */
	public boolean advance(Recorded recorded) {
		if (recorded.sequence() <= aggregateVersion) {
			return false;
		}
		aggregateVersion = recorded.sequence();
		sample = sample || recorded.sample();
		return true;
	}

	/**
	 * An event of the aggregate was applied elsewhere (in a row of its parts); one
	 * delivered again never moves the version back.
	 */
	public void advanceVersion(long sequence) {
		aggregateVersion = Math.max(aggregateVersion, sequence);
	}

	/**
	 * Like {@link #advanceVersion(long)}, and the record is demo data if the event is.
	 */
	protected void include(Recorded recorded) {
		advanceVersion(recorded.sequence());
		sample = sample || recorded.sample();
	}

}
