package org.cooperation.tracker.query.e2e.reliability;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every answer the clients got during one scenario, by HTTP status, and every attempt
 * that got none (connection refused or reset, timeout).
 */
final class Tally {

	private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

	private final LongAdder unanswered = new LongAdder();

	void answered(int status) {
		statuses.computeIfAbsent(status, (key) -> new LongAdder()).increment();
	}

	void noAnswer() {
		unanswered.increment();
	}

	long count(int status) {
		LongAdder adder = statuses.get(status);
		return (adder != null) ? adder.sum() : 0;
	}

	/** Server errors other than 503: a 500 during an outage is a bug, not a state. */
	long otherServerErrors() {
		return statuses.entrySet()
			.stream()
			.filter((entry) -> entry.getKey() >= 500 && entry.getKey() != 503)
			.mapToLong((entry) -> entry.getValue().sum())
			.sum();
	}

	long noAnswers() {
		return unanswered.sum();
	}

	@Override
	public String toString() {
		Map<Integer, Long> sorted = new TreeMap<>();
		statuses.forEach((status, count) -> sorted.put(status, count.sum()));
		return sorted + ", no answer " + unanswered.sum();
	}

}
