package org.cooperation.tracker.query.programme.archive;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;

/**
 * The steps a country may take on a copy now, as the copy's own rules on the command side
 * allow them: the party whose move it is approves, transfers or confirms receipt; before
 * any transfer the party that started the exchange may withdraw it and the other party
 * may decline it. A page offers a form for each; the command side still decides.
 *
 * @param approve approve the offer or request
 * @param decline refuse it, with a reason
 * @param transfer send the copy with its checksum (again after a mismatch)
 * @param confirmReceipt state the checksum computed over what arrived
 * @param withdraw call the exchange off, with a reason
 */
public record CopyActions(boolean approve, boolean decline, boolean transfer, boolean confirmReceipt,
		boolean withdraw) {

	private static final CopyActions NONE = new CopyActions(false, false, false, false, false);

	/** What the country may do on the copy; nothing for a country outside its pair. */
	public static CopyActions of(CopyView copy, Country acting) {
		if (acting == null || (acting != copy.holder() && acting != copy.receiver())) {
			return NONE;
		}
		Country initiator = (copy.startedAs() == ArchiveCopyState.OFFERED) ? copy.holder() : copy.receiver();
		boolean beforeTransfer = copy.state().isBeforeTransfer();
		boolean itsMove = acting == copy.waitingOn();
		ArchiveCopyStep next = copy.nextStep();
		return new CopyActions(itsMove && next == ArchiveCopyStep.APPROVE, beforeTransfer && acting != initiator,
				itsMove && next == ArchiveCopyStep.TRANSFER, itsMove && next == ArchiveCopyStep.CONFIRM_RECEIPT,
				beforeTransfer && acting == initiator);
	}

	/** Whether the country may take any step. */
	public boolean any() {
		return approve || decline || transfer || confirmReceipt || withdraw;
	}

}
