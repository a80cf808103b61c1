package org.cooperation.tracker.kernel.programme.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A cultural event as a country describes it for the calendar. Dates are whole days where
 * the event is held; both days are included.
 *
 * @param title its name in at least one of kk, ru, en
 * @param type what kind of event it is
 * @param city where it is held
 * @param startDate its first day
 * @param endDate its last day: the first day or later
 * @param organiser who organises it
 * @param link its web page, or null when it has none yet
 * @param description more about it, or null
 */
public record CulturalEvent(LocalizedText title, CulturalEventType type, String city, LocalDate startDate,
		LocalDate endDate, String organiser, EvidenceLink link, LocalizedText description) {

	/**
	 * Longest span of one submission: a year-round exhibition is submitted once per
	 * edition.
	 */
	public static final int MAX_DAYS = 366;

	public CulturalEvent {
		Checks.title(Checks.required(title, "title"), "title");
		Checks.required(type, "type");
		city = Checks.requiredLine(city, "city");
		Checks.requiredFields("startDate", startDate, "endDate", endDate);
		if (endDate.isBefore(startDate)) {
			throw InvalidValueException.ofField("endDate",
					"endDate " + endDate + " is before startDate " + startDate
							+ "; a one-day event ends the day it starts",
					Phrase.of("value.event.endsBeforeStart", endDate, startDate));
		}
		long days = ChronoUnit.DAYS.between(startDate, endDate) + 1;
		if (days > MAX_DAYS) {
			throw new InvalidValueException("an event spans at most " + MAX_DAYS + " days, not " + days
					+ "; submit a longer run to each edition");
		}
		organiser = Checks.requiredLine(organiser, "organiser");
	}

}
