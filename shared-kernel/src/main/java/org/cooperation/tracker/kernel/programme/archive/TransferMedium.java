package org.cooperation.tracker.kernel.programme.archive;

/** How a copy travelled from the holder to the receiver. */
public enum TransferMedium {

	/** Sent over a network (secure file transfer, an archive's exchange portal). */
	DIGITAL_TRANSFER,

	/**
	 * Carried on a physical carrier (drive, disc, tape) by courier or diplomatic post.
	 */
	PHYSICAL_MEDIA

}
