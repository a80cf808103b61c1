package org.cooperation.tracker.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One replay as {@code replay_run} keeps it: what was asked, how far it has come, and how
 * it ended.
 *
 * @param replayId its id
 * @param processors the read models rebuilt, by processor name
 * @param switchOver whether the rebuilt read model replaces the live one (otherwise it is
 * only compared with it)
 * @param state where it stands
 * @param requestedBy who asked
 * @param requestedAt when
 * @param finishedAt when it ended, or null while it runs
 * @param headPosition the event store's last position when it started
 * @param eventsTotal events to apply (grows while events are appended during the build)
 * @param eventsDone events applied so far
 * @param eventsPerSecond the rate so far, or null before the first batch
 * @param comparison how the rebuilt read model compared, once known
 * @param failure what stopped it, for a failed one
 */
public record ReplayRun(UUID replayId, List<String> processors, boolean switchOver, ReplayState state,
		String requestedBy, Instant requestedAt, Instant finishedAt, long headPosition, long eventsTotal,
		long eventsDone, Double eventsPerSecond, Comparison comparison, String failure) {

	public ReplayRun {
		processors = List.copyOf(processors);
	}

	/** Per cent of the events applied, 0 to 100. */
	public int percentDone() {
		if (state == ReplayState.DONE || eventsTotal <= 0) {
			return (state == ReplayState.DONE || eventsTotal == 0 && state != ReplayState.BUILDING) ? 100 : 0;
		}
		return (int) Math.min(100, eventsDone * 100 / eventsTotal);
	}

	/** The time left at the rate so far; null when not known or finished. */
	public Duration timeLeft() {
		if (state.finished() || eventsPerSecond == null || eventsPerSecond <= 0) {
			return null;
		}
		long left = Math.max(0, eventsTotal - eventsDone);
		return Duration.ofMillis((long) (left * 1000 / eventsPerSecond));
	}

}
