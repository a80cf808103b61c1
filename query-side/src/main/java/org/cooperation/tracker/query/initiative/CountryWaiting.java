package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * What waits on one country across the records of all its initiatives.
 *
 * @param country the country
 * @param groups the things waiting, by kind in the order of {@link AwaitedKind}; a kind
 * with nothing waiting is absent
 */
public record CountryWaiting(Country country, List<Group> groups) {

	/** How many things wait on the country. */
	public int total() {
		return groups.stream().mapToInt((group) -> group.items().size()).sum();
	}

	/** When the newest of them started waiting, or null when nothing waits. */
	public Instant latest() {
		return groups.stream()
			.flatMap((group) -> group.items().stream())
			.map((item) -> item.awaited().since())
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The things of one kind waiting on the country.
	 *
	 * @param kind what the country is asked to do
	 * @param items each thing, longest waiting first
	 */
	public record Group(AwaitedKind kind, List<Item> items) {
	}

	/**
	 * One thing waiting, with the initiative it belongs to.
	 *
	 * @param awaited what waits
	 * @param initiative the initiative's title, or null when it is not known here
	 */
	public record Item(Awaited awaited, LocalizedText initiative) {
	}

}
