package org.cooperation.tracker.kernel.programme.archive;

/** What has to happen next to an exchanged copy. */
public enum ArchiveCopyStep {

	/** The party asked approves the offer or request (or declines it). */
	APPROVE,

	/** The holder sends the copy, with its checksum. */
	TRANSFER,

	/** The receiver computes the checksum of what arrived and confirms it. */
	CONFIRM_RECEIPT

}
