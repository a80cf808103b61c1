package org.cooperation.tracker.kernel.programme.marketplace;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.Checks;

/** Identifies one creator's listing on the marketplace. */
public record CreatorListingId(UUID value) {

	public CreatorListingId {
		Checks.required(value, "listing id");
	}

	public static CreatorListingId random() {
		return new CreatorListingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
