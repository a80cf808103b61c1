package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One opened programme edition. */
@Entity
@Table(name = "rm_tour_programme")
@IdClass(TourProgrammeKey.class)
public class TourProgrammeRow {

	@Id
	private UUID initiativeId;

	@Id
	private int year;

	private Instant openedAt;

	private boolean sample;

	private long aggregateVersion;

	protected TourProgrammeRow() {
	}

	TourProgrammeRow(UUID initiativeId, int year, long version, Instant openedAt, boolean sample) {
		this.initiativeId = initiativeId;
		this.year = year;
		this.openedAt = openedAt;
		this.sample = sample;
		this.aggregateVersion = version;
	}

	public UUID getInitiativeId() {
		return initiativeId;
	}

	public int getYear() {
		return year;
	}

	public Instant getOpenedAt() {
		return openedAt;
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
