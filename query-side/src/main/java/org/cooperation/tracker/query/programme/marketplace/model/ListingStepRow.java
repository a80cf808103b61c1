package org.cooperation.tracker.query.programme.marketplace.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.query.common.Provenance;
import org.cooperation.tracker.query.common.RecordedBy;

/**
 * One step of a listing: one event, with who recorded it and when. An erasure appears
 * here as a step of its own, with nothing of what was erased.
 */
@Entity
@Table(name = "rm_marketplace_listing_step")
public class ListingStepRow {

	@Id
	private String eventId;

	private UUID listingId;

	private UUID initiativeId;

	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private ListingStep step;

	private String reason;

	@Embedded
	private RecordedBy recordedBy;

	protected ListingStepRow() {
	}

	ListingStepRow(String eventId, UUID listingId, UUID initiativeId, long aggregateSequence, ListingStep step,
			String reason, Instant recordedAt, Provenance provenance) {
		this.eventId = eventId;
		this.listingId = listingId;
		this.initiativeId = initiativeId;
		this.aggregateSequence = aggregateSequence;
		this.step = step;
		this.reason = reason;
		this.recordedBy = RecordedBy.of(recordedAt, provenance);
	}

	public String getEventId() {
		return eventId;
	}

	public UUID getListingId() {
		return listingId;
	}

	public long getAggregateSequence() {
		return aggregateSequence;
	}

	public ListingStep getStep() {
		return step;
	}

	/** The reason of a delisting; null for the other steps. */
	public String getReason() {
		return reason;
	}

	/** When the event was recorded, by whom, and whether it is demo data. */
	public RecordedBy getRecordedBy() {
		return recordedBy;
	}

}
