package org.cooperation.tracker.kernel.programme.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A cultural event as a country describes it for the calendar. Dates are whole days in
 * the place where the event is held; both days are included.
 *
 * @param title its name in at least one language
 * @param type what kind of event it is
 * @param startDate its first day
 * @param endDate its last day, the same as or after the first
 * @param place where it is held (city, venue)
 * @param link its web page, or null when it has none yet
 * @param description more about it, or null
 */
public record CulturalEvent(LocalizedText title, CulturalEventType type, LocalDate startDate, LocalDate endDate,
		String place, EvidenceLink link, LocalizedText description) {

	/**
	 * Longest span of one entry: a year-round exhibition is entered once per edition.
	 */
	public static final int MAX_DAYS = 366;

	public CulturalEvent {
		Checks.required(title, "title");
		if (!title.fitsWithin(Checks.MAX_LINE_LENGTH)) {
			throw new InvalidValueException("title is longer than " + Checks.MAX_LINE_LENGTH + " characters");
		}
		Checks.required(type, "type");
		Checks.required(startDate, "startDate");
		Checks.required(endDate, "endDate");
		if (endDate.isBefore(startDate)) {
			throw new InvalidValueException("endDate " + endDate + " is before startDate " + startDate
					+ "; a one-day event ends the day it starts");
		}
		long days = ChronoUnit.DAYS.between(startDate, endDate) + 1;
		if (days > MAX_DAYS) {
			throw new InvalidValueException("an entry spans at most " + MAX_DAYS + " days, not " + days
					+ "; enter a longer run in each edition");
		}
		place = Checks.requiredText(place, "place", Checks.MAX_LINE_LENGTH);
	}

}
