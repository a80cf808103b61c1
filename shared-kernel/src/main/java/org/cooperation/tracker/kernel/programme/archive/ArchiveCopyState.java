package org.cooperation.tracker.kernel.programme.archive;

/**
 * Where one exchanged copy stands, and whose move it is. An offer (by the holder) is
 * approved by the receiver; a request (by the receiver) is approved by the holder. Once
 * approved the holder transfers it; the receiver confirms the checksum; a mismatch sends
 * it back to the holder for another transfer.
 */
public enum ArchiveCopyState {

	/** The holder offered it; the receiver approves or declines. */
	OFFERED(ExchangeParty.RECEIVER, ArchiveCopyStep.APPROVE),

	/** The receiver asked for it; the holder approves or declines. */
	REQUESTED(ExchangeParty.HOLDER, ArchiveCopyStep.APPROVE),

	/** Both sides agree; the holder transfers it. */
	APPROVED(ExchangeParty.HOLDER, ArchiveCopyStep.TRANSFER),

	/** Sent; the receiver confirms the checksum of what arrived. */
	TRANSFERRED(ExchangeParty.RECEIVER, ArchiveCopyStep.CONFIRM_RECEIPT),

	/**
	 * The receiver's checksum differed from the holder's: nothing was accepted, and the
	 * holder transfers again.
	 */
	CHECKSUM_MISMATCH(ExchangeParty.HOLDER, ArchiveCopyStep.TRANSFER),

	/** Arrived intact: the receiver's checksum matched the holder's. Final. */
	RECEIVED(null, null),

	/** Called off by the party that started it, before any transfer. Final. */
	WITHDRAWN(null, null),

	/** Refused by the other party, before any transfer. Final. */
	DECLINED(null, null);

	private final ExchangeParty awaited;

	private final ArchiveCopyStep nextStep;

	ArchiveCopyState(ExchangeParty awaited, ArchiveCopyStep nextStep) {
		this.awaited = awaited;
		this.nextStep = nextStep;
	}

	/** The party whose move it is, or null when the exchange of this copy is over. */
	public ExchangeParty awaitedParty() {
		return awaited;
	}

	/** What that party does next, or null when the exchange of this copy is over. */
	public ArchiveCopyStep nextStep() {
		return nextStep;
	}

	public boolean isFinal() {
		return awaited == null;
	}

	/** Before the first transfer the copy may still be withdrawn or declined. */
	public boolean isBeforeTransfer() {
		return this == OFFERED || this == REQUESTED || this == APPROVED;
	}

}
