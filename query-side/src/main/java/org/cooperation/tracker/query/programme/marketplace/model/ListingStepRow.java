package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.query.common.EventEntry;
import org.cooperation.tracker.query.common.Recorded;

/**
 * One step of a listing: one event, with who recorded it and when. An erasure appears
 * here as a step of its own, with nothing of what was erased.
 */
@Entity
@Table(name = "rm_marketplace_listing_step")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ListingStepRow extends EventEntry {

	@Id
	private String eventId;

	private UUID listingId;

	@Getter(AccessLevel.NONE)
	private UUID initiativeId;

	private long aggregateSequence;

	@Enumerated(EnumType.STRING)
	private ListingStep step;

	/** The reason of a delisting; null for the other steps. */
	private String reason;

	ListingStepRow(String eventId, CreatorListingId listingId, InitiativeId initiativeId, ListingStep step,
			String reason, Recorded recorded) {
		super(recorded);
		this.eventId = eventId;
		this.listingId = listingId.value();
		this.initiativeId = initiativeId.value();
		this.aggregateSequence = recorded.sequence();
		this.step = step;
		this.reason = reason;
	}

}
