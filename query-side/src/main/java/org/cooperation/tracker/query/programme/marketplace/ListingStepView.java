package org.cooperation.tracker.query.programme.marketplace;

import java.time.Instant;

import org.cooperation.tracker.query.programme.marketplace.model.ListingStep;

/**
 * One step of a listing.
 *
 * @param step what happened (CONTACT_ERASED records an erasure, never what was erased)
 * @param reason the reason of a delisting, else null
 * @param recordedAt when it was recorded
 * @param actor who recorded it
 * @param actorRole their role
 * @param actorCountry the country they act for
 * @param correlationId the request that caused it
 * @param sample true for demo data
 */
public record ListingStepView(ListingStep step, String reason, Instant recordedAt, String actor, String actorRole,
		String actorCountry, String correlationId, boolean sample) {

}
