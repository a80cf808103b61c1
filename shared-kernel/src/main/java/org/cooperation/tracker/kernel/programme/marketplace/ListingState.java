package org.cooperation.tracker.kernel.programme.marketplace;

/** Where a creator's listing stands. */
public enum ListingState {

	/** Listed by the country's liaison, not yet checked by the secretariat. */
	LISTED,

	/** Checked and confirmed by the secretariat. */
	VERIFIED,

	/** Taken off the marketplace, with a reason. Final. */
	DELISTED

}
