package org.cooperation.tracker.kernel.initiative;

/**
 * Where one country stands on one initiative. Which moves are allowed is a rule of the
 * command side; the open-data code is part of the published language.
 */
public enum ParticipationStatus {

	PROPOSED(IatiActivityStatus.PIPELINE),

	AGREED(IatiActivityStatus.PIPELINE),

	/**
	 * Agreed and being planned: IATI still calls this identification, not implementation.
	 */
	PREPARING(IatiActivityStatus.PIPELINE),

	IMPLEMENTING(IatiActivityStatus.IMPLEMENTATION),

	/**
	 * The tracker has no financial sign-off step, so a completed participation is closed.
	 */
	COMPLETED(IatiActivityStatus.CLOSED),

	SUSPENDED(IatiActivityStatus.SUSPENDED),

	DECLINED(IatiActivityStatus.CANCELLED);

	private final IatiActivityStatus iati;

	ParticipationStatus(IatiActivityStatus iati) {
		this.iati = iati;
	}

	/** The IATI ActivityStatus this status is exported as. */
	public IatiActivityStatus iati() {
		return iati;
	}

}
