package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactErased;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContactRecorded;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorDelisted;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingVerified;
import org.cooperation.tracker.query.common.Recorded;

/**
 * Projects creator listings and their steps. The listing row takes an event only when its
 * aggregate sequence is newer than the last one applied; steps are keyed by the event
 * identifier. Both make redelivery and replay harmless.
 */
@Component
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
		step(eventId, event.listingId(), event.initiativeId(), ListingStep.LISTED, null, recorded);
	}

	@EventHandler
	public void on(CreatorListingVerified event, @MessageIdentifier String eventId, Recorded recorded) {
		changed(event.listingId(), recorded, (row) -> row.verified(recorded.at()));
		step(eventId, event.listingId(), event.initiativeId(), ListingStep.VERIFIED, null, recorded);
	}

	@EventHandler
	public void on(CreatorDelisted event, @MessageIdentifier String eventId, Recorded recorded) {
		changed(event.listingId(), recorded, (row) -> row.delisted(recorded.at(), event.reason()));
		step(eventId, event.listingId(), event.initiativeId(), ListingStep.DELISTED, event.reason(), recorded);
	}

	@EventHandler
	public void on(CreatorContactRecorded event, @MessageIdentifier String eventId, Recorded recorded) {
		changed(event.listingId(), recorded, CreatorListingRow::contactRecorded);
		step(eventId, event.listingId(), event.initiativeId(), ListingStep.CONTACT_RECORDED, null, recorded);
	}

	@EventHandler
	public void on(CreatorContactErased event, @MessageIdentifier String eventId, Recorded recorded) {
		changed(event.listingId(), recorded, (row) -> row.contactErased(recorded.at()));
		step(eventId, event.listingId(), event.initiativeId(), ListingStep.CONTACT_ERASED, null, recorded);
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
	private void changed(CreatorListingId listingId, Recorded recorded, Consumer<CreatorListingRow> change) {
		listings.update(listingId.value(), (row) -> {
			if (row.advance(recorded)) {
				change.accept(row);
			}
		}, () -> log.warn("Skipped a change of listing {}: the listing is not known", listingId));
	}

	private void step(String eventId, CreatorListingId listingId, InitiativeId initiativeId, ListingStep step,
			String reason, Recorded recorded) {
		steps.saveIfAbsent(eventId,
				() -> new ListingStepRow(eventId, listingId.value(), initiativeId.value(), step, reason, recorded));
	}

}
