package org.cooperation.tracker.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Timings of one measurement, in nanoseconds, read as percentiles in milliseconds. */
final class Latencies {

	private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

	void add(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	int count() {
		return nanos.size();
	}

	/** The p-th percentile (nearest rank) in ms; NaN when nothing was timed. */
	double percentileMillis(double p) {
		List<Long> sorted;
		synchronized (nanos) {
			sorted = new ArrayList<>(nanos);
		}
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
	}

	double maxMillis() {
		return percentileMillis(100);
	}

	/** The median of several runs' figures, NaN left out. */
	static double median(Collection<Double> values) {
		List<Double> sorted = values.stream().filter((v) -> !v.isNaN()).sorted().toList();
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
