package org.cooperation.tracker.kernel.programme.calendar;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * The year of one edition of the cultural calendar. An event belongs to an edition when
 * it takes place in that year, wholly or in part: a festival from 28 December to 3
 * January may be entered in either year.
 *
 * @param value the year
 */
public record EditionYear(int value) {

	public static final int EARLIEST = 2000;

	public static final int LATEST = 2100;

	public EditionYear {
		if (value < EARLIEST || value > LATEST) {
			throw new InvalidValueException(
					"an edition year lies between " + EARLIEST + " and " + LATEST + ", not " + value);
		}
	}

	public LocalDate firstDay() {
		return LocalDate.of(value, 1, 1);
	}

	public LocalDate lastDay() {
		return LocalDate.of(value, 12, 31);
	}

	/**
	 * True when the days from {@code start} to {@code end} include a day of this year.
	 */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return !start.isAfter(lastDay()) && !end.isBefore(firstDay());
	}

	/** Refuses an event that takes place wholly outside this year. */
	public void requireOverlap(CulturalEvent event) {
		if (!overlaps(event.startDate(), event.endDate())) {
			throw new InvalidValueException("the event runs from " + event.startDate() + " to " + event.endDate()
					+ ", wholly outside the " + value + " edition of the calendar");
		}
	}

	@Override
	public String toString() {
		return Integer.toString(value);
	}

}
