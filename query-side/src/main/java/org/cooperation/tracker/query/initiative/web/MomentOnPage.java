package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.Moment;
import org.cooperation.tracker.query.common.QueryValues;

/**
 * A moment as the pages take it from their query string: {@code on}, a day (YYYY-MM-DD),
 * on the time axis {@code axis}: {@code recorded} (the default), as recorded by the end
 * of that day; or {@code effective}, as in effect that day. Without a day, now.
 */
record MomentOnPage(String axis, String on) {

	Moment moment(Clock clock) {
		return moment(on, clock);
	}

	/** The time axis asked for: recorded unless said otherwise. */
	Moment.Axis timeAxis() {
		if (QueryValues.blank(axis)) {
			return Moment.Axis.RECORDED;
		}
		return switch (axis.strip().toLowerCase(Locale.ROOT)) {
			case "recorded" -> Moment.Axis.RECORDED;
			case "effective" -> Moment.Axis.EFFECTIVE;
			default -> throw new InvalidValueException(
					"axis " + Checks.excerpt(axis) + " is not a time axis: use recorded or effective",
					Phrase.of("past.detail.axis", Checks.excerpt(axis)));
		};
	}

	/** Another day on the same axis. */
	Moment moment(String day, Clock clock) {
		if (QueryValues.blank(day)) {
			return Moment.NOW;
		}
		LocalDate date = MomentAsked.day(day.strip());
		if (timeAxis() == Moment.Axis.EFFECTIVE) {
			return Moment.inEffectOn(date);
		}
		// By the end of a day not yet over: what has been recorded so far.
		Instant end = MomentAsked.endOf(date);
		return Moment.recordedBy(end.isAfter(clock.instant()) ? clock.instant() : end);
	}

	/**
	 * The query string that asks a page for the moment ({@code &axis=effective&on=...}),
	 * to follow a link from a page of the past into another; empty for now.
	 */
	static String query(Moment moment) {
		return switch (moment.axis()) {
			case CURRENT -> "";
			case RECORDED -> "&axis=recorded&on=" + LocalDate.ofInstant(moment.asOf(), ZoneOffset.UTC);
			case EFFECTIVE -> "&axis=effective&on=" + moment.effectiveOn();
		};
	}

}
