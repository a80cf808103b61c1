package org.cooperation.tracker.query.programme.archive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.query.common.StateCounts;
import org.cooperation.tracker.query.programme.archive.model.ArchiveCopyRow;

/**
 * How many copies of one ordered pair stand in each state.
 *
 * @param byState a count for every state, zeros included, in lifecycle order
 * @param total all copies of the pair
 */
public record PairCounts(Map<ArchiveCopyState, Long> byState, long total) {

	static PairCounts of(List<ArchiveCopyRow> copies) {
		return new PairCounts(Collections.unmodifiableMap(
				StateCounts.every(ArchiveCopyState.class, copies, ArchiveCopyRow::getState)), copies.size());
	}

	/** The states that have copies, for a compact display. */
	public Map<ArchiveCopyState, Long> present() {
		Map<ArchiveCopyState, Long> present = new EnumMap<>(ArchiveCopyState.class);
		present.putAll(byState);
		present.values().removeIf((count) -> count == 0);
		return present;
	}

}
