package org.cooperation.tracker.query.programme.brand.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A brand working group, one per initiative. */
@Entity
@Table(name = "rm_working_group")
public class WorkingGroupRow {

	@Id
	private UUID workingGroupId;

	private UUID initiativeId;

	private LocalDate establishedOn;

	private String note;

	private Instant establishedAt;

	private boolean sample;

	private long aggregateVersion;

	protected WorkingGroupRow() {
	}

	WorkingGroupRow(UUID workingGroupId, UUID initiativeId, LocalDate establishedOn, String note, long version,
			Instant establishedAt, boolean sample) {
		this.workingGroupId = workingGroupId;
		this.initiativeId = initiativeId;
		this.establishedOn = establishedOn;
		this.note = note;
		this.establishedAt = establishedAt;
		this.sample = sample;
		this.aggregateVersion = version;
	}

	public UUID getWorkingGroupId() {
		return workingGroupId;
	}

	public UUID getInitiativeId() {
		return initiativeId;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	/** The decision that set the group up, or null. */
	public String getNote() {
		return note;
	}

	public Instant getEstablishedAt() {
		return establishedAt;
	}

	public boolean isSample() {
		return sample;
	}

	/** An event of the aggregate was applied; one delivered again never moves it back. */
	void advanceVersion(long sequence) {
		aggregateVersion = Math.max(aggregateVersion, sequence);
	}

	/**
	 * The aggregate's version: the sequence number of the last event applied from it,
	 * which the query API sends as the ETag.
	 */
	public long getAggregateVersion() {
		return aggregateVersion;
	}

}
