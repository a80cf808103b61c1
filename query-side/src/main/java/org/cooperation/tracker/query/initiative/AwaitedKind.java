package org.cooperation.tracker.query.initiative;

/**
 * What a country is asked to do next in one of its initiatives' own records, as the
 * country page lists it, grouped in this order.
 */
public enum AwaitedKind {

	/** An archive copy offered to it, or asked of it, awaits its approval. */
	ARCHIVE_APPROVAL,

	/** An approved archive copy, or one that arrived damaged, awaits its transfer. */
	ARCHIVE_TRANSFER,

	/** A transferred archive copy awaits its confirmation of the checksum. */
	ARCHIVE_RECEIPT,

	/** A calendar submission came back to it for correction. */
	CALENDAR_RETURNED,

	/** It holds no seat in an established working group. */
	WORKING_GROUP_SEAT,

	/** The latest concept draft has no position of it. */
	CONCEPT_POSITION

}
