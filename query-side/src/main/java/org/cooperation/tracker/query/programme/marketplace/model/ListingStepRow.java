package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/**
 * One step of a listing: one event, with who recorded it and when. An erasure appears
 * here as a step of its own, with nothing of what was erased.
 */
@Entity
@Table(name = "rm_marketplace_listing_step")
public class ListingStepRow extends EventEntry {

	@Id
	private String eventId;

	private UUID listingId;

	private UUID initiativeId;

	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private ListingStep step;

	private String reason;

	protected ListingStepRow() {
	}

	ListingStepRow(String eventId, UUID listingId, UUID initiativeId, ListingStep step, String reason,
			Recorded recorded) {
		super(recorded);
		this.eventId = eventId;
		this.listingId = listingId;
		this.initiativeId = initiativeId;
		this.aggregateSequence = recorded.sequence();
		this.step = step;
		this.reason = reason;
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

}
