package org.cooperation.tracker.kernel.initiative;

/** What an initiative is; each kind will keep programme records of its own. */
public enum InitiativeKind {

	CULTURAL_CALENDAR, CULTURAL_TOUR_PLATFORM, ARCHIVE_EXCHANGE, CREATIVE_MARKETPLACE, BRAND_WORKING_GROUP, OTHER

}
