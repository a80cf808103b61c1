package org.cooperation.tracker.query.programme.archive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;

/**
 * How many copies of one ordered pair stand in each state.
 *
 * @param byState a count for every state, zeros included, in lifecycle order
 * @param total all copies of the pair
 */
public record PairCounts(Map<ArchiveCopyState, Long> byState, long total) {

	static PairCounts of(List<ArchiveCopyState> states) {
		Map<ArchiveCopyState, Long> counts = new EnumMap<>(ArchiveCopyState.class);
		for (ArchiveCopyState state : ArchiveCopyState.values()) {
			counts.put(state, 0L);
		}
		states.forEach((state) -> counts.merge(state, 1L, Long::sum));
		return new PairCounts(Collections.unmodifiableMap(counts), states.size());
	}

	/** The states that have copies, for a compact display. */
	public Map<ArchiveCopyState, Long> present() {
		Map<ArchiveCopyState, Long> present = new EnumMap<>(ArchiveCopyState.class);
		byState.forEach((state, count) -> {
			if (count > 0) {
				present.put(state, count);
			}
		});
		return present;
	}

}
