package org.cooperation.tracker.query.replay;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * Refuses a replay while another runs (on any instance): they would rebuild the same
 * tables.
 */
public class ReplayAlreadyRunning extends RuntimeException implements Phrase.Phrased {

	public ReplayAlreadyRunning() {
		super("another replay is running; wait for it to finish");
	}

	@Override
	public Phrase phrase() {
		return Phrase.of("replay.detail.alreadyRunning");
	}

}
