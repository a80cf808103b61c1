package org.cooperation.tracker.command.common;

import java.time.Clock;
import java.time.LocalDate;

import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.common.Phrase;

/**
 * The date rule most records share: what a country reports has happened, so it cannot be
 * dated after today (the day in the application's clock). Each check names what is dated,
 * so a refusal reads "a transfer cannot be dated in the future (2026-03-02, today is
 * 2026-03-01)".
 */
public final class NotInTheFuture {

	private NotInTheFuture() {
	}

	/** A day on which something took place: a status change, a transfer, a decision. */
	public static void day(LocalDate date, Clock clock, String what) {
		LocalDate today = LocalDate.now(clock);
		if (date.isAfter(today)) {
			throw new RuleViolation(what + " cannot be dated in the future (" + date + ", today is " + today + ")",
					Phrase.of("refusal.future.day", what, date, today));
		}
	}

	/** A year, such as a film's: any day of this year may already have passed. */
	public static void year(int year, Clock clock, String what) {
		int thisYear = LocalDate.now(clock).getYear();
		if (year > thisYear) {
			throw new RuleViolation(what + " cannot be in the future (" + year + ", this year is " + thisYear + ")",
					Phrase.of("refusal.future.year", what, year, thisYear));
		}
	}

	/**
	 * A protocol's own dates, whose refusals have always named the date alone: "a
	 * signature cannot be dated in the future (2031-01-01)".
	 */
	public static void protocolDate(LocalDate date, LocalDate today, String refusal) {
		if (date.isAfter(today)) {
			throw new RuleViolation(refusal + " (" + date + ")");
		}
	}

}
