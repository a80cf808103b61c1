package org.cooperation.tracker.query.live;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * What committed changes to the read models touched: the initiatives and the countries.
 * Either is null when it is not known, which means "any": a page showing any initiative
 * (or country) may have changed. Pages decide for themselves whether a change is theirs.
 *
 * @param initiatives the initiatives touched, or null for any
 * @param countries the countries touched, or null for any
 */
public record ReadModelChange(Set<UUID> initiatives, Set<Country> countries) {

	/** A change of anything: after a lost notification, say, nothing narrower is true. */
	public static final ReadModelChange ANYTHING = new ReadModelChange(null, null);

	/**
	 * More initiatives than this in one announcement (a replay, a bulk import) become
	 * "any": NOTIFY's payload is bounded, and every page reloads in that case anyway.
	 */
	static final int MOST_INITIATIVES_NAMED = 25;

	private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
		@Override
		protected RecordComponent[] computeValue(Class<?> type) {
			return type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
		}
	};

	public ReadModelChange {
		initiatives = (initiatives != null) ? Collections.unmodifiableSet(new TreeSet<>(initiatives)) : null;
		countries = (countries != null) ? Collections.unmodifiableSet(new TreeSet<>(countries)) : null;
	}

	/**
	 * What an event touches, read from its payload: every initiative id in it (also one
	 * level down, as in a tour programme's id) and every country (also in a collection of
	 * countries). An event without either touches any.
	 */
	public static ReadModelChange of(Object payload) {
		Set<UUID> initiatives = new HashSet<>();
		Set<Country> countries = EnumSet.noneOf(Country.class);
		collect(payload, initiatives, countries, 2);
		return new ReadModelChange(initiatives.isEmpty() ? null : initiatives, countries.isEmpty() ? null : countries);
	}

	/** Both changes in one: what either touched; "any" wins. */
	public ReadModelChange and(ReadModelChange other) {
		return new ReadModelChange(union(initiatives, other.initiatives), union(countries, other.countries)).bounded();
	}

	ReadModelChange bounded() {
		return (initiatives != null && initiatives.size() > MOST_INITIATIVES_NAMED)
				? new ReadModelChange(null, countries) : this;
	}

	private static <T> Set<T> union(Set<T> one, Set<T> other) {
		if (one == null || other == null) {
			return null;
		}
		Set<T> both = new HashSet<>(one);
		both.addAll(other);
		return both;
	}

	private static void collect(Object value, Set<UUID> initiatives, Set<Country> countries, int depth) {
		if (value instanceof InitiativeId id) {
			initiatives.add(id.value());
		}
		else if (value instanceof Country country) {
			countries.add(country);
		}
		else if (value instanceof Collection<?> many) {
			for (Object element : many) {
				if (element instanceof Country country) {
					countries.add(country);
				}
			}
		}
		else if (value != null && depth > 0) {
			for (RecordComponent component : COMPONENTS.get(value.getClass())) {
				collect(read(component, value), initiatives, countries, depth - 1);
			}
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			// A record we cannot read tells us nothing; the change stays "any".
			return null;
		}
	}

}
