package org.cooperation.tracker.query.programme.calendar;

import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.model.CalendarSubmissionRow;

/**
 * Which events of an edition to show: one country's, those that take place (at least in
 * part) in one month, those of one type, those in the given states. Unset parts do not
 * filter.
 *
 * @param country only this country's events, or null for all
 * @param month only events overlapping this month (1-12) of the edition year, or null
 * @param type only events of this type, or null
 * @param states only submissions in these states (the published calendar: INCLUDED)
 */
public record CalendarFilter(Country country, Integer month, CulturalEventType type, Set<SubmissionState> states) {

	/** The published calendar: included events only. */
	public static final Set<SubmissionState> PUBLISHED = Collections
		.unmodifiableSet(EnumSet.of(SubmissionState.INCLUDED));

	public CalendarFilter {
		if (month != null && (month < 1 || month > 12)) {
			throw new InvalidValueException("month is a number from 1 to 12, not " + month);
		}
		// In the order of the states, so the filter reads the same every time.
		states = Collections.unmodifiableSet(EnumSet.copyOf((states == null || states.isEmpty()) ? PUBLISHED : states));
	}

	/**
	 * A filter from query parameters as given, any letter case.
	 * @param country an alpha-2 code, or null
	 * @param month 1-12, or null
	 * @param type a {@link CulturalEventType} name, or null
	 * @param states {@link SubmissionState} names, or "ALL"; none means the published
	 * calendar
	 */
	public static CalendarFilter of(String country, Integer month, String type, List<String> states) {
		return new CalendarFilter(QueryValues.blank(country) ? null : Country.fromCode(country), month,
				QueryValues.named(CulturalEventType.class, "type", type), states(states));
	}

	/** The published calendar, optionally narrowed by country, month and type. */
	public static CalendarFilter published(String country, Integer month, String type) {
		return of(country, month, type, List.of());
	}

	/** Whether the submission to the edition of that year shows under this filter. */
	boolean matches(CalendarSubmissionRow event, int year) {
		if ((country != null && event.getCountry() != country) || (type != null && event.getEventType() != type)
				|| !states.contains(event.getState())) {
			return false;
		}
		if (month != null) {
			YearMonth inYear = YearMonth.of(year, month);
			return !event.getStartDate().isAfter(inYear.atEndOfMonth())
					&& !event.getEndDate().isBefore(inYear.atDay(1));
		}
		return true;
	}

	private static Set<SubmissionState> states(List<String> names) {
		Set<SubmissionState> states = EnumSet.noneOf(SubmissionState.class);
		((names != null) ? names : List.<String>of()).stream()
			.filter((name) -> !QueryValues.blank(name))
			.forEach((name) -> states.addAll(name.strip().equalsIgnoreCase("ALL") ? EnumSet.allOf(SubmissionState.class)
					: Set.of(QueryValues.named(SubmissionState.class, "state", name, " or ALL"))));
		return states;
	}

}
