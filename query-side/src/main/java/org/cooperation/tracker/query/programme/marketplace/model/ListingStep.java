package org.cooperation.tracker.query.programme.marketplace.model;

/** What happened to a listing in one event. */
public enum ListingStep {

	LISTED, VERIFIED, DELISTED, CONTACT_RECORDED, CONTACT_ERASED

}
