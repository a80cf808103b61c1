package org.cooperation.tracker.query.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records shown with the history of their steps, as the kinds that keep one step row per
 * event show them: the steps of every record asked are read in one query, and each
 * record's view is given its own, in the order the query returns them.
 */
public final class StepHistories {

	private StepHistories() {
	}

	/**
	 * Each record's view with its steps (none for a record without any).
	 * @param stepsOf reads the steps of the records with these ids, oldest first
	 */
	public static <R, S, H, V> List<V> withSteps(List<R> records, Function<R, UUID> idOf,
			Function<Collection<UUID>, List<S>> stepsOf, Function<S, UUID> recordOf, Function<S, H> stepView,
			BiFunction<R, List<H>, V> view) {
		if (records.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<H>> history = stepsOf.apply(records.stream().map(idOf).toList())
			.stream()
			.collect(Collectors.groupingBy(recordOf, Collectors.mapping(stepView, Collectors.toList())));
		return records.stream()
			.map((record) -> view.apply(record, history.getOrDefault(idOf.apply(record), List.of())))
			.toList();
	}

}
