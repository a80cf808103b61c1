package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.QueryValues;
import org.cooperation.tracker.query.common.Moment;

/**
 * The moment a matrix is asked for, as the API's query string gives it: {@code asOf}, an
 * instant with its offset ({@code 2026-03-01T12:00:00Z}), for what the tracker knew then;
 * or {@code effectiveOn}, a day ({@code 2026-02-15}), for what was in effect; neither for
 * now. Both at once, a value that is not one, or an instant still to come is refused: an
 * answer for another moment than the one asked would be taken for it.
 */
record MomentAsked(String asOf, String effectiveOn) {

	Moment moment(Clock clock) {
		if (!QueryValues.blank(asOf) && !QueryValues.blank(effectiveOn)) {
			throw new InvalidValueException("give asOf or effectiveOn, not both: they are two different time axes",
					Phrase.of("past.detail.bothAxes"));
		}
		if (!QueryValues.blank(asOf)) {
			return Moment.recordedBy(instant(asOf.strip(), clock));
		}
		if (!QueryValues.blank(effectiveOn)) {
			return Moment.inEffectOn(day(effectiveOn.strip()));
		}
		return Moment.NOW;
	}

	/** The end of the day, UTC: what had been recorded by the time the day was over. */
	static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
	}

	static Instant instant(String value, Clock clock) {
		Instant instant;
		try {
			instant = OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(
					"asOf " + Checks.excerpt(value)
							+ " is not an instant: give a date and time with its offset, such as 2026-03-01T12:00:00Z",
					Phrase.of("past.detail.notAnInstant", Checks.excerpt(value)));
		}
		if (instant.isAfter(clock.instant())) {
			throw new InvalidValueException(
					"asOf " + Checks.excerpt(value) + " is still to come: the tracker knows only the past",
					Phrase.of("past.detail.future", Checks.excerpt(value)));
		}
		return instant;
	}

	static LocalDate day(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValueException(
					"effectiveOn " + Checks.excerpt(value) + " is not a day: give it as YYYY-MM-DD, such as 2026-02-15",
					Phrase.of("past.detail.notADay", Checks.excerpt(value)));
		}
	}

}
