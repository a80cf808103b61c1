package org.cooperation.tracker.query.replay.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.replay.Comparison;
import org.cooperation.tracker.query.replay.ReplayRun;
import org.cooperation.tracker.query.replay.ReplayState;

/**
 * A replay as the API answers it: its record with the figures a progress bar needs.
 *
 * @param replayId its id
 * @param processors the read models rebuilt
 * @param switchOver whether the rebuilt read models replace the live ones at the end
 * @param state BUILDING, SWITCHING, DONE or FAILED
 * @param requestedBy who asked
 * @param requestedAt when
 * @param finishedAt when it ended; null while it runs
 * @param headPosition the event store's last position when it started
 * @param eventsDone events applied so far
 * @param eventsTotal events to apply
 * @param percentDone 0 to 100
 * @param eventsPerSecond the rate so far; null before the first batch
 * @param secondsLeft at that rate; null when not known or finished
 * @param comparison the rebuilt read models against the ones they replace, once done
 * @param failure what stopped it, when it failed
 */
public record ReplayProgress(UUID replayId, List<String> processors, boolean switchOver, ReplayState state,
		String requestedBy, Instant requestedAt, Instant finishedAt, long headPosition, long eventsDone,
		long eventsTotal, int percentDone, Double eventsPerSecond, Long secondsLeft, Comparison comparison,
		String failure) {

	public static ReplayProgress of(ReplayRun run) {
		return new ReplayProgress(run.replayId(), run.processors(), run.switchOver(), run.state(), run.requestedBy(),
				run.requestedAt(), run.finishedAt(), run.headPosition(), run.eventsDone(), run.eventsTotal(),
				run.percentDone(), run.eventsPerSecond(), (run.timeLeft() != null) ? run.timeLeft().toSeconds() : null,
				run.comparison(), run.failure());
	}

}
