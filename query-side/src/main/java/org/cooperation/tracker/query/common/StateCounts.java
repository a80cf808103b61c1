package org.cooperation.tracker.query.common;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records counted by a constant they carry (a state, a country, a craft), in the
 * constants' order, as the views of every programme kind show them.
 */
public final class StateCounts {

	private StateCounts() {
	}

	/** How many records carry each constant: every constant listed, zeros included. */
	public static <R, E extends Enum<E>> Map<E, Long> every(Class<E> type, Collection<R> records,
			Function<R, E> constantOf) {
		Map<E, Long> counts = present(type, records, constantOf);
		for (E constant : type.getEnumConstants()) {
			counts.putIfAbsent(constant, 0L);
		}
		return counts;
	}

	/** How many records carry each constant, listing only the constants some carry. */
	public static <R, E extends Enum<E>> Map<E, Long> present(Class<E> type, Collection<R> records,
			Function<R, E> constantOf) {
		return records.stream()
			.collect(Collectors.groupingBy(constantOf, () -> new EnumMap<>(type), Collectors.counting()));
	}

}
