package org.cooperation.tracker.query.programme.marketplace.model;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorDelisted;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.query.common.Provenance;

/**
 * Projects creator listings and their steps. The listing row takes an event only when its
 * aggregate sequence is newer than the last one applied; steps are keyed by the event
 * identifier. Both make redelivery and replay harmless.
 */
@Component
@ProcessingGroup(MarketplaceProjection.PROCESSING_GROUP)
public class MarketplaceProjection {

	public static final String PROCESSING_GROUP = "marketplace";

	private static final Logger log = LoggerFactory.getLogger(MarketplaceProjection.class);

	private final CreatorListingRowRepository listings;

	private final ListingStepRowRepository steps;

	public MarketplaceProjection(CreatorListingRowRepository listings, ListingStepRowRepository steps) {
		this.listings = listings;
		this.steps = steps;
	}

	@EventHandler
	public void on(CreatorListed event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt, MetaData metaData) {
		Provenance provenance = Provenance.of(metaData);
		if (!listings.existsById(event.listingId().value())) {
			List<String> links = (event.links() != null)
					? event.links().stream().map((link) -> link.url().toString()).toList() : List.<String>of();
			listings.save(CreatorListingRow.listed(event.listingId().value(), event.initiativeId().value(),
					event.country(), event.name(), event.craft(), event.city(), event.description(), links,
					event.contactOnFile(), sequence, recordedAt, provenance.sample()));
		}
		step(eventId, event.listingId(), event.initiativeId(), sequence, ListingStep.LISTED, null, recordedAt,
				provenance);
	}

	@EventHandler
	public void on(CreatorListingVerified event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt, MetaData metaData) {
		changed(event.listingId(), sequence, metaData, (row) -> row.verified(recordedAt));
		step(eventId, event.listingId(), event.initiativeId(), sequence, ListingStep.VERIFIED, null, recordedAt,
				Provenance.of(metaData));
	}

	@EventHandler
	public void on(CreatorDelisted event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt, MetaData metaData) {
		changed(event.listingId(), sequence, metaData, (row) -> row.delisted(recordedAt, event.reason()));
		step(eventId, event.listingId(), event.initiativeId(), sequence, ListingStep.DELISTED, event.reason(),
				recordedAt, Provenance.of(metaData));
	}

	@EventHandler
	public void on(CreatorContactRecorded event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt, MetaData metaData) {
		changed(event.listingId(), sequence, metaData, CreatorListingRow::contactRecorded);
		step(eventId, event.listingId(), event.initiativeId(), sequence, ListingStep.CONTACT_RECORDED, null, recordedAt,
				Provenance.of(metaData));
	}

	@EventHandler
	public void on(CreatorContactErased event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
			@Timestamp Instant recordedAt, MetaData metaData) {
		changed(event.listingId(), sequence, metaData, (row) -> row.contactErased(recordedAt));
		step(eventId, event.listingId(), event.initiativeId(), sequence, ListingStep.CONTACT_ERASED, null, recordedAt,
				Provenance.of(metaData));
	}

	@ResetHandler
	public void reset() {
		steps.deleteAllInBatch();
		listings.deleteAllInBatch();
	}

	/**
	 * A listing's events arrive in order after the one that created it, so a missing row
	 * means an inconsistent store: say so and skip rather than stall the processor.
	 */
	private void changed(CreatorListingId listingId, long sequence, MetaData metaData,
			Consumer<CreatorListingRow> change) {
		CreatorListingRow row = listings.findById(listingId.value()).orElse(null);
		if (row == null) {
			log.warn("Skipped a change of listing {}: the listing is not known", listingId);
			return;
		}
		if (row.takes(sequence, Provenance.of(metaData).sample())) {
			change.accept(row);
			listings.save(row);
		}
	}

	private void step(String eventId, CreatorListingId listingId, InitiativeId initiativeId, long sequence,
			ListingStep step, String reason, Instant recordedAt, Provenance provenance) {
		if (!steps.existsById(eventId)) {
			steps.save(new ListingStepRow(eventId, listingId.value(), initiativeId.value(), sequence, step, reason,
					recordedAt, provenance));
		}
	}

}
