package org.cooperation.tracker.query.programme.marketplace.model;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.cooperation.tracker.query.common.ReadModelTables;

import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorDelisted;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects creator listings and their steps. The listing row takes an event only when its
 * aggregate sequence is newer than the last one applied; steps are keyed by the event
 * identifier. Both make redelivery and replay harmless.
 */
@Component
@ReadModelTables({ "rm_marketplace_listing", "rm_marketplace_listing_step" })
@ProcessingGroup(MarketplaceProjection.PROCESSING_GROUP)
@RequiredArgsConstructor
@Slf4j
public class MarketplaceProjection {

	public static final String PROCESSING_GROUP = "marketplace";

	private final CreatorListingRowRepository listings;

	private final ListingStepRowRepository steps;

	@EventHandler
	public void on(CreatorListed event, @MessageIdentifier String eventId, Recorded recorded) {
		listings.saveIfAbsent(event.listingId().value(), () -> CreatorListingRow.listed(event, recorded));
		step(new ListingStepRow(eventId, event.listingId(), event.initiativeId(), ListingStep.LISTED, null, recorded));
	}

	@EventHandler
	public void on(CreatorListingVerified event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ListingStepRow(eventId, event.listingId(), event.initiativeId(), ListingStep.VERIFIED, null, recorded),
				recorded);
	}

	@EventHandler
	public void on(CreatorDelisted event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ListingStepRow(eventId, event.listingId(), event.initiativeId(), ListingStep.DELISTED, event.reason(),
				recorded), recorded);
	}

	@EventHandler
	public void on(CreatorContactRecorded event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ListingStepRow(eventId, event.listingId(), event.initiativeId(), ListingStep.CONTACT_RECORDED, null,
				recorded), recorded);
	}

	@EventHandler
	public void on(CreatorContactErased event, @MessageIdentifier String eventId, Recorded recorded) {
		took(new ListingStepRow(eventId, event.listingId(), event.initiativeId(), ListingStep.CONTACT_ERASED, null,
				recorded), recorded);
	}

	@ResetHandler
	public void reset() {
		steps.deleteAllInBatch();
		listings.deleteAllInBatch();
	}

	/**
	 * The listing takes the step and the step is kept. A listing's events arrive in order
	 * after the one that created it, so a missing row means an inconsistent store: say so
	 * and skip rather than stall the processor.
	 */
	private void took(ListingStepRow step, Recorded recorded) {
		listings.update(step.getListingId(), (row) -> row.took(step, recorded),
				() -> log.warn("Skipped a change of listing {}: the listing is not known", step.getListingId()));
		step(step);
	}

	private void step(ListingStepRow row) {
		steps.saveIfAbsent(row.getEventId(), () -> row);
	}

}
