package org.cooperation.tracker.query.programme.calendar.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;
import org.cooperation.tracker.query.web.Display;

/**
 * The calendar page's query string as an official sends it, read into a filter and a
 * month, with every refusal (a 400 page) in the reader's language. The API reads the same
 * parameters through {@link CalendarFilter#of}, in English.
 *
 * @param year the edition year of the address
 * @param country an alpha-2 code, any case, or blank
 * @param month a month of the edition: its number (1-12, as the filter's drop-down sends
 * it) or the month itself (2026-06, as the month view's links send it), or blank
 * @param type a {@link CulturalEventType} name, any case, or blank
 * @param states {@link SubmissionState} names or ALL; none means the published calendar
 */
record CalendarAsked(int year, String country, String month, String type, List<String> states) {

	private static final Pattern MONTH_NUMBER = Pattern.compile("\\d{1,2}");

	private static final Pattern YEAR_AND_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/** The filter asked for; a value that names nothing is refused. */
	CalendarFilter filter(Display show) {
		editionYear(show);
		YearMonth chosen = month(show);
		return new CalendarFilter(country(show), (chosen != null) ? chosen.getMonthValue() : null, type(show),
				states(show));
	}

	/** The month asked for, always of the edition's year, or null when none is. */
	YearMonth month(Display show) {
		if (QueryValues.blank(month)) {
			return null;
		}
		String value = month.strip();
		YearMonth chosen;
		try {
			if (MONTH_NUMBER.matcher(value).matches()) {
				chosen = YearMonth.of(year, Integer.parseInt(value));
			}
			else if (YEAR_AND_MONTH.matcher(value).matches()) {
				chosen = YearMonth.parse(value);
			}
			else {
				throw refused(show, "calendar.error.month", Checks.excerpt(month), example());
			}
		}
		catch (DateTimeException ex) {
			throw refused(show, "calendar.error.month", Checks.excerpt(month), example());
		}
		if (chosen.getYear() != year) {
			throw refused(show, "calendar.error.monthOutside", chosen.toString(), Integer.toString(year));
		}
		return chosen;
	}

	private void editionYear(Display show) {
		if (year < EditionYear.EARLIEST || year > EditionYear.LATEST) {
			throw refused(show, "calendar.error.year", Integer.toString(year), Integer.toString(EditionYear.EARLIEST),
					Integer.toString(EditionYear.LATEST));
		}
	}

	private Country country(Display show) {
		if (QueryValues.blank(country)) {
			return null;
		}
		try {
			return Country.fromCode(country);
		}
		catch (InvalidValueException ex) {
			throw refused(show, "calendar.error.country", Checks.excerpt(country), names(Country.values()));
		}
	}

	private CulturalEventType type(Display show) {
		try {
			return QueryValues.named(CulturalEventType.class, "type", type);
		}
		catch (InvalidValueException ex) {
			throw refused(show, "calendar.error.type", Checks.excerpt(type), names(CulturalEventType.values()));
		}
	}

	private Set<SubmissionState> states(Display show) {
		Set<SubmissionState> chosen = EnumSet.noneOf(SubmissionState.class);
		for (String name : (states != null) ? states : List.<String>of()) {
			if (QueryValues.blank(name)) {
				continue;
			}
			if (name.strip().equalsIgnoreCase("ALL")) {
				chosen.addAll(EnumSet.allOf(SubmissionState.class));
				continue;
			}
			try {
				chosen.add(QueryValues.named(SubmissionState.class, "state", name));
			}
			catch (InvalidValueException ex) {
				throw refused(show, "calendar.error.state", Checks.excerpt(name),
						names(SubmissionState.values()) + ", ALL");
			}
		}
		return chosen;
	}

	/** The month of the address's year that an example gives: June. */
	private String example() {
		return YearMonth.of(year, 6).toString();
	}

	private static String names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
	}

	private static InvalidValueException refused(Display show, String key, String... arguments) {
		return new InvalidValueException(show.label(key, (Object[]) arguments));
	}

}
