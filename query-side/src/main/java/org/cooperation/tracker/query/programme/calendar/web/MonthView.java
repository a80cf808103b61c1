package org.cooperation.tracker.query.programme.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cooperation.tracker.query.programme.calendar.CalendarEventView;

/**
 * One month of the calendar as a grid of weeks, Monday first (the week of the countries
 * the calendar belongs to, whatever the reader's language), with each event on every day
 * it takes place. Names of months and weekdays are java.time's in the reader's language.
 *
 * @param month the month shown
 * @param title its name and year as a heading reads it: "June 2026", "Июнь 2026"
 * @param weekdays the column headings, Monday first
 * @param weeks the weeks, each of seven days; days of the months before and after are
 * blank
 * @param events how many of the events take place in the month, at least in part
 */
public record MonthView(YearMonth month, String title, List<Weekday> weekdays, List<List<Day>> weeks, int events) {

	/**
	 * A column's heading.
	 *
	 * @param day the weekday
	 * @param abbreviation what the heading shows: "Mon", "пн", "дс"
	 * @param name the full name, for the abbreviation's title: "Monday"
	 */
	public record Weekday(DayOfWeek day, String abbreviation, String name) {
	}

	/**
	 * A cell of the grid.
	 *
	 * @param date the day, or null for a blank cell before the first or after the last
	 * @param today whether it is today
	 * @param events the events that take place on it, in the calendar's order
	 */
	public record Day(LocalDate date, boolean today, List<CalendarEventView> events) {

		public boolean blank() {
			return date == null;
		}

	}

	/**
	 * The month's grid with the events that fall on its days.
	 * @param events the events shown, in the calendar's order; those outside the month
	 * are left out
	 */
	static MonthView of(YearMonth month, List<CalendarEventView> events, LocalDate today, Locale language) {
		List<CalendarEventView> inMonth = events.stream().filter((event) -> overlaps(event, month)).toList();
		LocalDate first = month.atDay(1);
		LocalDate start = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate date = start; !date.isAfter(end); date = date.plusDays(1)) {
			week.add(YearMonth.from(date).equals(month) ? day(date, today, inMonth) : new Day(null, false, List.of()));
			if (week.size() == 7) {
				weeks.add(List.copyOf(week));
				week.clear();
			}
		}
		return new MonthView(month, title(month, language), weekdays(language), List.copyOf(weeks), inMonth.size());
	}

	/**
	 * A month's name and year as a heading or a link reads it: "June 2026", "Июнь 2026".
	 */
	static String title(YearMonth month, Locale language) {
		return capitalised(DateTimeFormatter.ofPattern("LLLL y", language).format(month), language);
	}

	/**
	 * The month a visitor is shown first: the month of the next event that has not ended
	 * (the current month when it is under way), else the current month when it belongs to
	 * the edition's year, else the month of the edition's first event, else January;
	 * always a month of the edition's year.
	 */
	static YearMonth firstShown(int editionYear, List<CalendarEventView> events, LocalDate today) {
		YearMonth shown = events.stream()
			.filter((event) -> !event.endDate().isBefore(today))
			.min(Comparator.comparing(CalendarEventView::startDate))
			.map((event) -> YearMonth.from(event.startDate().isAfter(today) ? event.startDate() : today))
			.or(() -> (today.getYear() == editionYear) ? Optional.of(YearMonth.from(today)) : Optional.empty())
			.or(() -> events.stream().findFirst().map((event) -> YearMonth.from(event.startDate())))
			.orElse(YearMonth.of(editionYear, 1));
		// An event of the edition may begin in December before or end in January after.
		if (shown.getYear() < editionYear) {
			return YearMonth.of(editionYear, 1);
		}
		return (shown.getYear() > editionYear) ? YearMonth.of(editionYear, 12) : shown;
	}

	static boolean overlaps(CalendarEventView event, YearMonth month) {
		return !event.startDate().isAfter(month.atEndOfMonth()) && !event.endDate().isBefore(month.atDay(1));
	}

	/** A month's name standing alone, as a choice or a heading: "June", "Июнь". */
	static String monthName(Month month, Locale language) {
		return capitalised(month.getDisplayName(TextStyle.FULL_STANDALONE, language), language);
	}

	private static Day day(LocalDate date, LocalDate today, List<CalendarEventView> events) {
		return new Day(date, date.equals(today),
				events.stream()
					.filter((event) -> !event.startDate().isAfter(date) && !event.endDate().isBefore(date))
					.toList());
	}

	private static List<Weekday> weekdays(Locale language) {
		List<Weekday> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			DayOfWeek day = DayOfWeek.MONDAY.plus(i);
			days.add(new Weekday(day, capitalised(day.getDisplayName(TextStyle.SHORT_STANDALONE, language), language),
					capitalised(day.getDisplayName(TextStyle.FULL_STANDALONE, language), language)));
		}
		return List.copyOf(days);
	}

	private static String capitalised(String text, Locale language) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language) + text.substring(1);
	}

}
