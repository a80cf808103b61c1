package org.cooperation.tracker.query.replay;

/** Where a replay stands. */
public enum ReplayState {

	/** Applying the history to the rebuilt tables; the live ones keep answering. */
	BUILDING,
	/**
	 * The live processors paused; the rebuilt tables brought to their positions, compared
	 * and copied over the live ones in one transaction.
	 */
	SWITCHING,
	/** Finished: compared and, when asked, switched. */
	DONE,
	/** Stopped by an error; the live read model is as it was. */
	FAILED;

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
